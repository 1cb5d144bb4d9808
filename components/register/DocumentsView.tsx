// The dashboard's "Văn bản / Documents" view: every document the reader's articles cite, searched
// by symbol or words, filtered by province and type, ordered by times cited or last seen; a
// document opens its citing passages.
import { useMemo, useState } from 'preact/hooks';
import { fillTemplate } from '../../utils/library/template';
import type { DocumentRecord } from '../../utils/model/register-records';
import { formatIsoDate } from '../../utils/page/format-finding';
import {
  DEFAULT_DOCUMENT_QUERY,
  type DocumentQuery,
  type DocumentSort,
  documentFacets,
  filterDocuments,
} from '../../utils/register/document-filter';
import { t, type Lang } from '../../utils/i18n/lang';
import type { GovMarkDB } from '../../utils/storage/db';
import { useLang } from '../common/lang-context';
import { useLiveQuery } from '../common/use-live-query';
import { useWindowHeight } from '../common/use-window-height';
import { VirtualList } from '../common/VirtualList';
import { DocumentDetail } from './DocumentDetail';
import { downloadDocuments } from './export-documents';
import { csvDialectFor } from '../../utils/settings/csv-dialect-default';
import type { CsvDialect } from '../../utils/export/csv';
import './register.css';

const ROW_HEIGHT = 56;
/** Room above the list: tabs and toolbar. */
const LIST_TOP = 120;

export function DocumentsView({ db }: { db: GovMarkDB }) {
  const lang = useLang();
  const documents = useLiveQuery(() => db.documents.toArray(), [db]);
  // The separator the reader chose for every CSV (the export panel's setting), read from its row.
  const chosen = useLiveQuery(
    async () => ((await db.settings.get('csvDialect'))?.value as CsvDialect | null | undefined) ?? null,
    [db],
  );
  const dialect = csvDialectFor(chosen, lang);
  const [query, setQuery] = useState<DocumentQuery>(DEFAULT_DOCUMENT_QUERY);
  const [openKey, setOpenKey] = useState<string | null>(null);
  const height = useWindowHeight(LIST_TOP);
  const shown = useMemo(() => (documents ? filterDocuments(documents, query) : []), [documents, query]);
  const facets = useMemo(() => documentFacets(documents ?? []), [documents]);
  const open = shown.find((document) => document.key === openKey) ?? null;
  const set = <K extends keyof DocumentQuery>(key: K, value: DocumentQuery[K]) =>
    setQuery((current) => ({ ...current, [key]: value }));

  return (
    <div class="documents" data-ready={documents ? '' : undefined} data-count={shown.length}>
      <main>
        <div class="documents-toolbar">
          <input
            type="search"
            value={query.text}
            placeholder={t('documentsSearch', lang)}
            aria-label={t('documentsSearch', lang)}
            onInput={(event) => set('text', event.currentTarget.value)}
          />
          <select
            aria-label={t('documentsSort', lang)}
            value={query.sort}
            onChange={(event) => set('sort', event.currentTarget.value as DocumentSort)}
          >
            <option value="cited">{t('sortByCited', lang)}</option>
            <option value="last-seen">{t('sortByLastSeen', lang)}</option>
          </select>
          <select
            aria-label={t('allProvinces', lang)}
            value={query.province ?? ''}
            onChange={(event) => set('province', event.currentTarget.value || null)}
          >
            <option value="">{t('allProvinces', lang)}</option>
            {facets.provinces.map((province) => (
              <option key={province} value={province}>
                {province}
              </option>
            ))}
          </select>
          <select
            aria-label={t('allDocTypes', lang)}
            value={query.docType ?? ''}
            onChange={(event) => set('docType', event.currentTarget.value || null)}
          >
            <option value="">{t('allDocTypes', lang)}</option>
            {facets.docTypes.map((docType) => (
              <option key={docType} value={docType}>
                {docType}
              </option>
            ))}
          </select>
          <button
            type="button"
            disabled={shown.length === 0}
            onClick={() => void downloadDocuments(shown, dialect, lang, 'documents-shown')}
          >
            {t('exportDocumentsCsv', lang)}
          </button>
          <button
            type="button"
            disabled={shown.length === 0}
            onClick={() => void downloadDocuments(shown, 'xlsx', lang, 'documents-shown')}
          >
            {t('exportDocumentsXlsx', lang)}
          </button>
        </div>
        {!documents ? (
          <p>{t('loading', lang)}</p>
        ) : shown.length === 0 ? (
          <p class="muted">{documents.length === 0 ? t('noDocuments', lang) : t('noResults', lang)}</p>
        ) : (
          <VirtualList
            items={shown}
            rowHeight={ROW_HEIGHT}
            height={height}
            label={t('documentsList', lang)}
            getKey={(document) => document.key}
            renderRow={(document) => (
              <DocumentRow
                document={document}
                lang={lang}
                selected={document.key === openKey}
                onOpen={() => setOpenKey(document.key)}
              />
            )}
          />
        )}
      </main>
      <aside>{open && <DocumentDetail db={db} document={open} />}</aside>
    </div>
  );
}

function DocumentRow(props: { document: DocumentRecord; lang: Lang; selected: boolean; onOpen: () => void }) {
  const { document, lang } = props;
  return (
    <div
      class="doc-row"
      role="option"
      tabIndex={0}
      aria-selected={props.selected}
      data-document-key={document.key}
      onClick={props.onOpen}
      onKeyDown={(event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          props.onOpen();
        }
      }}
    >
      <div class="body">
        <div class="clamp-1">
          <strong>{document.symbol}</strong> · {document.docType}
          {document.date && ` · ${formatIsoDate(document.date, lang)}`}
        </div>
        <div class="sub clamp-1">
          {[document.issuer, document.provinces.join(', '), `${t('lastSeen', lang)}: ${dayOf(document.lastSeen, lang)}`]
            .filter(Boolean)
            .join(' · ')}
        </div>
      </div>
      <span class="doc-count" data-article-count={document.articleCount}>
        {fillTemplate(t('citedArticles', lang), { count: document.articleCount })}
      </span>
    </div>
  );
}

function dayOf(timestamp: number, lang: Lang): string {
  return new Date(timestamp).toLocaleDateString(lang === 'vi' ? 'vi-VN' : 'en-GB');
}
