// The export panel, loaded once `load` says the dashboard's first rows are painted: its CSV, citation and backup code is
// a good part of the page's script, and nobody exports before the list is on screen.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { ExportPanelProps } from './ExportPanel';

export function LazyExportPanel({ load, ...props }: ExportPanelProps & { load: boolean }) {
  const [Panel, setPanel] = useState<ComponentType<ExportPanelProps> | null>(null);
  useEffect(() => {
    if (!load) return;
    let current = true;
    void import('./ExportPanel').then((module) => {
      if (current) setPanel(() => module.ExportPanel);
    });
    return () => {
      current = false;
    };
  }, [load]);
  return Panel ? <Panel {...props} /> : null;
}
