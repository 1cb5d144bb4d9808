// A number that grows whenever a write anywhere (this page, another extension page, the
// background; Dexie broadcasts between them) touches one of the named tables of the database.
// For effects that must run again after writes but read outside IndexedDB (a search message),
// where liveQuery cannot see what they depend on. Counting the tables instead would cost a scan
// of each one in Chromium on every write.
import { Dexie, type ObservabilitySet } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

export function useTablesChanged(dbName: string, tables: readonly string[]): number {
  const [generation, setGeneration] = useState(0);
  const tableList = tables.join(',');
  useEffect(() => {
    const prefixes = tableList.split(',').map((table) => `idb://${dbName}/${table}/`);
    const onMutated = (parts: ObservabilitySet) => {
      if (Object.keys(parts).some((part) => prefixes.some((prefix) => part.startsWith(prefix)))) {
        setGeneration((current) => current + 1);
      }
    };
    Dexie.on('storagemutated', onMutated);
    return () => Dexie.on.storagemutated.unsubscribe(onMutated);
  }, [dbName, tableList]);
  return generation;
}
