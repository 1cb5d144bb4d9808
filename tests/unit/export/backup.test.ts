import { describe, expect, it } from 'vitest';
import { buildBackup, parseBackup } from '../../../utils/export/backup';
import { directiveAnnotation, figureAnnotation, hostileAnnotation, library } from './fixtures';

const NOW = Date.UTC(2024, 5, 1, 12, 0, 0, 123);

function roundTrip(value: unknown) {
  return parseBackup(JSON.stringify(value));
}

function errorOf(result: ReturnType<typeof parseBackup>) {
  if (result.ok) throw new Error('expected the import to be refused');
  return result.error;
}

describe('buildBackup', () => {
  it('writes a W3C Web Annotation collection with the selectors', () => {
    const backup = buildBackup(library, NOW);
    expect(backup['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(backup).toMatchObject({
      type: 'AnnotationCollection',
      generator: 'GovMark',
      version: 1,
      created: '2024-06-01T12:00:00.123Z',
    });
    const [figure, hostile, directive] = backup.items;
    expect(figure).toMatchObject({
      id: `urn:uuid:${figureAnnotation.id}`,
      type: 'Annotation',
      motivation: 'commenting',
      body: [
        { type: 'TextualBody', value: '-abc ghi chú', purpose: 'commenting', format: 'text/plain' },
        { type: 'TextualBody', value: 'ngân sách', purpose: 'tagging' },
        { type: 'TextualBody', value: 'chi, thường xuyên', purpose: 'tagging' },
      ],
      target: { source: figureAnnotation.articleUrl, selector: figureAnnotation.selectors },
      created: '2024-05-01T09:05:00.000Z',
      modified: '2024-05-01T09:06:00.000Z',
      govmark: { kind: 'figure', color: 'green', finding: figureAnnotation.finding, anchoringVersion: 1 },
    });
    expect(hostile.motivation).toBe('commenting');
    expect(directive.motivation).toBe('classifying');
    // Ids that are not UUIDs still become URIs.
    expect(directive.id).toBe('urn:govmark:annotation:directive-1');
    expect(backup.govmark).toEqual({ articles: library.articles, tasks: library.tasks });
  });

  it('gives plain highlights and tag-only ones their W3C motivation, without an empty body', () => {
    const plain = { ...hostileAnnotation, note: '' };
    const [highlighting, tagging] = buildBackup(
      { articles: [], tasks: [], annotations: [plain, { ...plain, tags: ['x'] }] },
      NOW,
    ).items;
    expect(highlighting.motivation).toBe('highlighting');
    expect(highlighting).not.toHaveProperty('body');
    expect(tagging.motivation).toBe('tagging');
  });
});

describe('parseBackup', () => {
  it('gives back exactly the library that was exported (export → JSON → import)', () => {
    const result = roundTrip(buildBackup(library, NOW));
    expect(result).toStrictEqual({ ok: true, data: library });
  });

  it('accepts already parsed JSON as well as the file text', () => {
    const backup = JSON.parse(JSON.stringify(buildBackup(library, NOW)));
    expect(parseBackup(backup)).toStrictEqual({ ok: true, data: library });
  });

  it('refuses text that is not JSON, e.g. a truncated file', () => {
    const text = JSON.stringify(buildBackup(library, NOW));
    const error = errorOf(parseBackup(text.slice(0, text.length / 2)));
    expect(error.en).toMatch(/not valid JSON/);
    expect(error.vi).toMatch(/không phải JSON hợp lệ/);
  });

  it("refuses foreign files: a Hypothesis export, another tool's collection, random JSON", () => {
    const hypothesis = {
      export_date: '2024-05-02T10:00:00Z',
      export_userid: 'acct:reader@hypothes.is',
      client_version: '1.1.0',
      annotations: [{ id: 'abc', uri: 'https://example.org', text: 'note', target: [{ selector: [] }] }],
    };
    const otherTool = { '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', items: [] };
    for (const foreign of [hypothesis, otherTool, [1, 2, 3], 'null', 42, null]) {
      const error = errorOf(typeof foreign === 'string' ? parseBackup(foreign) : roundTrip(foreign));
      expect(error.en).toBe('This is not a GovMark backup file. Your library was not changed.');
      expect(error.vi).toMatch(/không phải tệp sao lưu của GovMark/);
    }
  });

  it('asks for an update when the file comes from a newer format', () => {
    const error = errorOf(roundTrip({ ...buildBackup(library, NOW), version: 2 }));
    expect(error.en).toMatch(/newer GovMark \(format 2\)/);
  });

  it('names where a damaged file is wrong and returns no data', () => {
    const backup = JSON.parse(JSON.stringify(buildBackup(library, NOW)));
    backup.items[2].target.selector[0] = { type: 'TextPositionSelector', start: -1, end: 4 };
    const result = roundTrip(backup);
    expect(result).not.toHaveProperty('data');
    expect(errorOf(result).path).toBe('items.2.target.selector.0.start');
    expect(errorOf(result).vi).toContain('“items.2.target.selector.0.start”');
  });

  it.each([
    [
      'a task status the app does not know',
      (b: any) => (b.govmark.tasks[0].status = 'later'),
      'govmark.tasks.0.status',
    ],
    [
      'a timestamp written as text',
      (b: any) => (b.govmark.articles[1].lastVisit = '2024-01-03'),
      'govmark.articles.1.lastVisit',
    ],
    ['a date that is not ISO', (b: any) => (b.items[0].created = 'hôm qua'), 'items.0.created'],
    [
      'a finding of an unknown kind',
      (b: any) => (b.items[0].govmark.finding = { kind: 'rumour' }),
      'items.0.govmark.finding.kind',
    ],
    ['a missing list', (b: any) => delete b.items, 'items'],
    ['two notes on one annotation', (b: any) => b.items[0].body.push({ ...b.items[0].body[0] }), 'items.0.body'],
    ['the same annotation twice', (b: any) => b.items.push(b.items[0]), 'items.4'],
    ['the same article twice', (b: any) => b.govmark.articles.push(b.govmark.articles[0]), 'govmark.articles.2'],
  ])('refuses %s', (_name, damage, path) => {
    const backup = JSON.parse(JSON.stringify(buildBackup(library, NOW)));
    damage(backup);
    const error = errorOf(roundTrip(backup));
    expect(error.path).toBe(path);
    expect(error.en).toMatch(/^The backup is damaged/);
  });

  it('keeps a note that has no tags and tags that have no note apart', () => {
    const noteOnly = { ...directiveAnnotation, note: 'chỉ ghi chú', tags: [] };
    const tagsOnly = { ...figureAnnotation, note: '', tags: ['a', 'b'] };
    const records = { articles: [], tasks: [], annotations: [noteOnly, tagsOnly] };
    expect(roundTrip(buildBackup(records, NOW))).toStrictEqual({ ok: true, data: records });
  });
});

describe('parseBackup and what a file can hold that this version cannot', () => {
  it('says which field of a newer GovMark it found, instead of dropping it', () => {
    const backup = JSON.parse(JSON.stringify(buildBackup(library, NOW)));
    backup.govmark.tasks[0].reminderDays = [1, 3];
    const error = errorOf(roundTrip(backup));
    expect(error.path).toBe('govmark.tasks.0.reminderDays');
    expect(error.en).toMatch(/field “reminderDays”.*newer version.*not changed/);
    expect(error.vi).toMatch(/trường “reminderDays”.*phiên bản mới hơn/);
  });

  it.each([
    ['the file', (b: any) => (b.signature = 'x'), 'signature'],
    ['its GovMark part', (b: any) => (b.govmark.settings = {}), 'govmark.settings'],
    ['an article', (b: any) => (b.govmark.articles[0].language = 'vi'), 'govmark.articles.0.language'],
    ['an annotation', (b: any) => (b.items[0].rights = 'x'), 'items.0.rights'],
    ['a note or tag', (b: any) => (b.items[0].body[0].language = 'vi'), 'items.0.body.0.language'],
    ['a target', (b: any) => (b.items[0].target.state = {}), 'items.0.target.state'],
    ['an annotation’s GovMark part', (b: any) => (b.items[0].govmark.pinned = true), 'items.0.govmark.pinned'],
    ['a selector', (b: any) => (b.items[0].target.selector[0].refinedBy = {}), 'items.0.target.selector.0.refinedBy'],
    ['a finding', (b: any) => (b.items[0].govmark.finding.confidence = 0.9), 'items.0.govmark.finding.confidence'],
  ])('reports a field of a newer GovMark on %s instead of dropping it', (_where, add, path) => {
    const backup = JSON.parse(JSON.stringify(buildBackup(library, NOW)));
    add(backup);
    const error = errorOf(roundTrip(backup));
    expect(error.path).toBe(path);
    expect(error.en).toMatch(/newer version.*not changed/);
  });

  it('names a malformed percent-encoded id instead of throwing a URIError', () => {
    const backup = JSON.parse(JSON.stringify(buildBackup(library, NOW)));
    backup.items[1].id = 'urn:govmark:annotation:ghi%E0%A4%A';
    const error = errorOf(roundTrip(backup));
    expect(error.path).toBe('items.1.id');
    expect(error.en).toMatch(/damaged.*malformed percent-encoding/);
  });
});
