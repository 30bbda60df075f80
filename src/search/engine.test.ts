import { describe, expect, it } from 'vitest';
import { buildIndex, indexTerm, loadIndex, markTerms, mergeHits, search, type SearchDoc } from './engine.ts';
import { queryUnits } from './tokenize.ts';

const doc = (id: string, fields: Partial<SearchDoc>): SearchDoc => ({
  id,
  slug: id.split('#')[0]!,
  section: id.split('#')[1]!.split('/')[0]!,
  heading: '',
  question: '',
  title: '',
  text: '',
  code: '',
  ...fields,
});

const docs: SearchDoc[] = [
  doc('kafka#idempotence', {
    title: 'Kafka',
    heading: 'Idempotence',
    text: 'An idempotent producer numbers its records.',
  }),
  doc('kafka#ordering', {
    title: 'Kafka',
    heading: 'Ordering',
    text: 'Retries can reorder records unless the producer is idempotent.',
  }),
  doc('k8s#what', {
    title: 'Kubernetes',
    heading: 'What Kubernetes does',
    text: 'Kubernetes runs containers on a fleet of machines.',
  }),
  doc('gin#pool', {
    title: 'Gin',
    heading: 'Context 池',
    text: '从 engine.pool（一个 sync.Pool）取出 Context，处理完再放回对象池。',
    code: 'c := engine.pool.Get().(*Context)',
  }),
  doc('gin#params', { title: 'Gin', heading: '读取参数', text: 'JSON 请求体用 c.ShouldBindJSON(&req) 绑定。' }),
  doc('gin#interview-questions/0', {
    title: 'Gin',
    question: 'gin 为什么用 sync.Pool？',
    text: '为了复用 Context。',
    q: 0,
  }),
  doc('redis#lock', { title: 'Redis', heading: 'Distributed locks', text: 'SET key value NX PX 30000 takes a lock.' }),
];
const index = buildIndex(docs);
const ids = (q: string) => search(index, 'en', q).map((h) => h.key.replace(/^en\//, ''));

describe('search', () => {
  it('finds a Latin prefix and tolerates a typo in a long word, not in a short one', () => {
    expect(ids('idempot')).toEqual(expect.arrayContaining(['kafka#idempotence', 'kafka#ordering']));
    expect(ids('kuberntes')[0]).toBe('k8s#what');
    expect(ids('loks')).toEqual([]);
  });

  it('ranks a heading match above a body match', () => {
    expect(ids('idempotence')[0]).toBe('kafka#idempotence');
    expect(ids('ordering')[0]).toBe('kafka#ordering');
  });

  it('finds a Chinese term inside a sentence, but not a near miss (no fuzzy matching of Chinese)', () => {
    expect(ids('对象池')).toEqual(['gin#pool']);
    expect(ids('象池')).toEqual(['gin#pool']);
    expect(ids('对像池')).toEqual([]);
  });

  it('finds identifiers whole and by their parts', () => {
    expect(ids('ShouldBindJSON')).toEqual(['gin#params']);
    expect(ids('bindjson')).toEqual([]);
    expect(ids('bind')).toEqual(['gin#params']);
    expect(ids('sync.Pool')[0]).toBe('gin#pool');
  });

  it('puts the section that teaches a term before the interview question that mentions it', () => {
    expect(ids('sync.Pool')).toEqual(['gin#pool', 'gin#interview-questions/0']);
  });

  it('requires every word, and falls back to any word when no section has them all', () => {
    expect(ids('idempotent producer numbers')).toEqual(['kafka#idempotence']);
    expect(ids('idempotent xylophone')).toEqual(expect.arrayContaining(['kafka#idempotence', 'kafka#ordering']));
  });

  it('returns nothing for an empty query or punctuation, and stored fields for a hit', () => {
    expect(search(index, 'en', '')).toEqual([]);
    expect(search(index, 'en', '？！')).toEqual([]);
    const [hit] = search(index, 'zh', 'sync.Pool 为什么');
    expect(hit).toMatchObject({
      key: 'zh/gin#interview-questions/0',
      lang: 'zh',
      slug: 'gin',
      section: 'interview-questions',
      question: 'gin 为什么用 sync.Pool？',
      q: 0,
    });
    expect(hit!.marks).toEqual(expect.arrayContaining(['为什么', 'sync.pool']));
  });

  it('loads from its JSON form with the same results', () => {
    const loaded = loadIndex(JSON.stringify(index));
    for (const q of ['idempot', '对象池', 'sync.Pool', 'kuberntes', 'lock']) {
      expect(search(loaded, 'en', q)).toEqual(search(index, 'en', q));
    }
  });

  it('merges results of two languages by score', () => {
    const a = search(index, 'en', 'idempotent');
    const b = search(index, 'zh', '对象池');
    const merged = mergeHits([a, b]);
    expect(merged).toHaveLength(a.length + b.length);
    expect(merged.map((h) => h.score)).toEqual([...merged.map((h) => h.score)].sort((x, y) => y - x));
  });
});

describe('indexTerm', () => {
  it('keeps Latin terms and turns a Han term into code points, prefixes staying prefixes', () => {
    expect(indexTerm('sync.pool')).toBe('sync.pool');
    expect(indexTerm('对象')).toBe(
      '~' + (0x5bf9).toString(36).padStart(4, '0') + (0x8c61).toString(36).padStart(4, '0'),
    );
    expect(indexTerm('对象').startsWith(indexTerm('对'))).toBe(true);
    expect(indexTerm('𠀋')).toHaveLength(5);
  });
});

describe('markTerms', () => {
  it('marks Chinese runs and words from the query, then the Latin tokens, then their prefix and typo matches', () => {
    expect(markTerms(queryUnits('服务发现 idempot'), ['服务', '发现', 'idempotent'])).toEqual([
      '服务发现',
      '服务',
      '发现',
      'idempot',
      'idempotent',
    ]);
    expect(markTerms(queryUnits('kuberntes'), ['kubernetes'])).toEqual(['kuberntes', 'kubernetes']);
  });

  it('leaves out prefix matches of a token’s parts', () => {
    expect(markTerms(queryUnits('sync.Pool'), ['sync.pool', 'sync.once', 'syncs', 'pool', 'pooling'])).toEqual([
      'sync.pool',
      'sync',
      'pool',
    ]);
  });
});
