// What the engine understood of a painted finding, with the same actions as the toolbar.
import type { PageFinding } from '../../utils/page/finding-index';
import { formatNumber, formatVnd, formatIsoDate } from '../../utils/page/format-finding';
import { localise, t, type Lang } from '../../utils/i18n/lang';
import { FINDING_KIND_LABELS } from '../../utils/model/labels';
import { ActionButtons, type SelectionActions, type TrustProps } from './SelectionToolbar';
import { CitedInSection } from '../register/CitedInSection';

/**
 * Why GovMark marked this stretch, in the reader's language: the reason of each rule that made
 * the finding, without the kind each reason opens with ("chỉ đạo · …"), which the card's heading
 * already names. Empty for findings stored before the engine traced its rules.
 */
export function whyMarked(f: PageFinding, lang: Lang): string {
  const reasons = (f.finding.rules ?? []).map((rule) => rule[lang].replace(/^[^·]*·\s*/u, '').trim());
  return [...new Set(reasons.filter((reason) => reason !== ''))].join('; ');
}

/**
 * The amount in đồng beside the figure as written: in the largest fitting unit, or in full
 * where that unit is the one the article wrote ("86,5 tỷ đồng = 86.500.000.000 đồng").
 */
export function inDong(written: string, vnd: number, lang: Lang): string {
  const scaled = formatVnd(vnd, lang);
  const same = scaled.replace(/\s+/gu, ' ').trim() === written.replace(/\s+/gu, ' ').trim();
  return `${written} = ${same ? `${formatNumber(vnd, lang)} đồng` : scaled}`;
}

function rows(f: PageFinding, lang: Lang): [string, string][] {
  const none = t('none', lang);
  switch (f.kind) {
    case 'figure': {
      const fig = f.finding;
      const out: [string, string][] = [
        [t('value', lang), `${formatNumber(fig.value, lang)}${fig.kind === 'percent' ? '%' : ''}`],
      ];
      if (fig.unit) out.push([t('unit', lang), fig.unit]);
      if (fig.qualifier) out.push([t('qualifier', lang), fig.qualifier]);
      if (fig.vnd !== null) out.push([t('inDong', lang), inDong(fig.text, fig.vnd, lang)]);
      return out;
    }
    case 'document': {
      const d = f.finding;
      return [
        [t('docType', lang), d.docType],
        [t('symbol', lang), d.symbol],
        [t('issuer', lang), d.issuer ?? none],
        [t('issuedOn', lang), d.date ? formatIsoDate(d.date, lang) : none],
      ];
    }
    case 'date':
    case 'deadline':
      return [[localise(FINDING_KIND_LABELS.date, lang), formatIsoDate(f.finding.iso, lang)]];
    case 'directive': {
      const d = f.finding;
      return [
        [t('instructedBy', lang), d.issuer ?? none],
        [t('assignees', lang), d.assignees.length ? d.assignees.join('; ') : none],
        [t('deadline', lang), d.deadlineIso ? `${d.deadline} (${formatIsoDate(d.deadlineIso, lang)})` : none],
      ];
    }
  }
}

export function FindingCard(
  props: SelectionActions & TrustProps & { lang: Lang; finding: PageFinding; x: number; y: number; onLeave(): void },
) {
  const { finding, lang } = props;
  const why = whyMarked(finding, lang);
  return (
    <div
      class="gm-card"
      role="dialog"
      aria-label={localise(FINDING_KIND_LABELS[finding.kind], lang)}
      style={{ left: `${props.x}px`, top: `${props.y}px` }}
      onMouseLeave={props.onLeave}
      onMouseDown={(e) => e.preventDefault()}
    >
      <h2>{localise(FINDING_KIND_LABELS[finding.kind], lang)}</h2>
      <dl>
        {rows(finding, lang).map(([k, v]) => (
          <>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </>
        ))}
      </dl>
      {why && (
        <p class="gm-why">
          <span class="gm-why-label">{t('whyMarked', lang)}</span> {why}
        </p>
      )}
      <CitedInSection finding={finding} lang={lang} />
      <div class="gm-actions">
        <ActionButtons {...props} />
      </div>
    </div>
  );
}
