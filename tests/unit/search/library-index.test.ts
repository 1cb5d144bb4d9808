import { describe, expect, it } from 'vitest';
import { LibraryIndex } from '../../../utils/search/library-index';
import { annotation, article, task } from '../library/records';

const OTHER = 'https://quangngai.gov.vn/tin-tuc/b.html';

function sample(): LibraryIndex {
  const index = new LibraryIndex();
  index.putArticle(article());
  index.putArticle(
    article({ url: OTHER, title: 'Quảng Ngãi đẩy nhanh giải ngân', site: 'quangngai.gov.vn', province: 'Quảng Ngãi' }),
  );
  index.putAnnotation(annotation({ id: 'plan', quote: 'Sở Kế hoạch và Đầu tư'.normalize('NFD'), tags: ['đầu tư'] }));
  index.putAnnotation(annotation({ id: 'money', quote: 'giải ngân 1.300 tỷ đồng', articleUrl: OTHER }));
  index.putTask(task({ id: 'report', text: 'Hoàn thành báo cáo quyết toán', assignees: ['Sở Tài chính'] }));
  return index;
}

const keysOf = (index: LibraryIndex, query: string) => [...index.search(query).items.values()].flat().sort();

describe('LibraryIndex', () => {
  it('finds every word in any order, ignoring case, diacritics and the Unicode form', () => {
    const index = sample();
    expect(keysOf(index, 'so ke hoach')).toEqual(['a:plan']);
    expect(keysOf(index, 'ĐẦU TƯ kế')).toEqual(['a:plan']);
    expect(keysOf(index, 'tai chinh')).toEqual(['t:report']);
    expect(keysOf(index, 'so ke hoach giai ngan')).toEqual([]);
    expect(keysOf(index, '   ')).toEqual([]);
  });

  it('groups matches by article and finds articles by title, site and province', () => {
    const index = sample();
    const matches = index.search('giai ngan');
    expect([...matches.items.keys()]).toEqual([OTHER]);
    expect([...matches.articles]).toEqual([OTHER]);
    expect(index.itemsOf(article().url).sort()).toEqual(['a:plan', 't:report']);
    expect([...index.search('ninhthuan').articles]).toEqual([article().url]);
  });

  it('forgets a removed record and finds an edited one by its new words only', () => {
    const index = sample();
    expect(index.remove('t:report')).toBe(true);
    expect(keysOf(index, 'bao cao')).toEqual([]);
    index.putAnnotation(annotation({ id: 'plan', quote: 'Sở Xây dựng' }));
    expect(keysOf(index, 'ke hoach')).toEqual([]);
    expect(keysOf(index, 'xay dung')).toEqual(['a:plan']);
    expect(index.counts()).toEqual({ annotations: 2, tasks: 0, articles: 2 });
    expect(index.itemsOf(article().url)).toEqual(['a:plan']);
  });

  it('indexes an article again only when its title, site or province changed', () => {
    const index = sample();
    expect(index.putArticle(article())).toBe(false);
    expect(index.putArticle(article({ title: 'Phiên họp mới' }))).toBe(true);
    expect([...index.search('phien hop moi').articles]).toEqual([article().url]);
  });

  it('gives the same answers after being saved and restored', async () => {
    const index = sample();
    index.remove('a:money');
    const restored = await LibraryIndex.restore(structuredClone(await index.serialize()));
    for (const query of ['so ke hoach', 'giai ngan', 'bao cao quyet toan', 'quang ngai']) {
      expect(keysOf(restored, query)).toEqual(keysOf(index, query));
      expect([...restored.search(query).articles]).toEqual([...index.search(query).articles]);
    }
    expect(restored.counts()).toEqual(index.counts());
    expect(restored.putArticle(article())).toBe(false);
  });
});
