import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bigrams, latinTerms, queryUnits, tokenize } from './tokenize.ts';

describe('Latin and Go identifiers', () => {
  it.each([
    ['ShouldBindJSON', ['shouldbindjson', 'should', 'bind', 'json']],
    ['sync.Pool', ['sync.pool', 'sync', 'pool']],
    ['gRPC', ['grpc', 'rpc']],
    ['go-redis', ['go-redis', 'go', 'redis']],
    ['HTTP/2', ['http/2', 'http']],
    ['HTTPServer', ['httpserver', 'http', 'server']],
    ['min.insync.replicas', ['min.insync.replicas', 'min', 'insync', 'replicas']],
    ['snake_case', ['snake_case', 'snake', 'case']],
    ['int64', ['int64', 'int', '64']],
  ])('%s is kept whole and split into its parts', (token, terms) => {
    expect(latinTerms(token)).toEqual(terms);
    expect(tokenize(token)).toEqual(terms);
  });

  it('splits at punctuation and spaces but not at a joiner between two word characters', () => {
    expect(tokenize('Use c.ShouldBindJSON(&req).')).toEqual([
      'use',
      'c.shouldbindjson',
      'shouldbindjson',
      'should',
      'bind',
      'json',
      'req',
    ]);
    // A sentence's full stop is not part of the identifier before it.
    expect(tokenize('from a sync.Pool.')).toEqual(['from', 'sync.pool', 'sync', 'pool']);
  });

  it('drops one-letter terms, which match nearly everything', () => {
    expect(tokenize('a b c x')).toEqual([]);
  });
});

describe('Chinese', () => {
  it('indexes every bigram of a Han run', () => {
    expect(bigrams('服务发现')).toEqual(['服务', '务发', '发现']);
    expect(bigrams('池')).toEqual(['池']);
    expect(tokenize('服务发现')).toEqual(expect.arrayContaining(['服务', '务发', '发现']));
  });

  it('adds the segmenter’s words of three or more characters', () => {
    const words = new Intl.Segmenter('zh', { granularity: 'word' });
    const long = [...words.segment('微服务架构的可观测性')].map((s) => s.segment).filter((w) => w.length >= 3);
    expect(tokenize('微服务架构的可观测性')).toEqual(expect.arrayContaining(long));
  });

  it('splits Han runs from Latin words in mixed text, a lone character included', () => {
    expect(tokenize('gin的Context池')).toEqual(['gin', '的', 'context', '池']);
    expect(tokenize('用 sync.Pool 复用')).toEqual(['用', 'sync.pool', 'sync', 'pool', '复用']);
  });

  it('finds any two-character-or-longer piece of a sentence: its bigrams are all indexed', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...'对象池每个请求都需要一个幂等键服务发现负载均衡'), { minLength: 2, maxLength: 30 }),
        fc.nat(),
        fc.nat(),
        (chars, a, b) => {
          const text = chars.join('');
          const start = a % (chars.length - 1);
          const end = start + 2 + (b % (chars.length - start - 1));
          const terms = new Set(tokenize(`前文，${text}。后文`));
          return bigrams(chars.slice(start, end).join('')).every((t) => terms.has(t));
        },
      ),
    );
  });
});

describe('queries', () => {
  it('turns a query into units: Han runs with bigrams and words, Latin tokens with their parts', () => {
    const [pool, han] = queryUnits('sync.Pool 对象池');
    expect(pool).toEqual({ kind: 'latin', token: 'sync.Pool', whole: 'sync.pool', parts: ['sync', 'pool'] });
    expect(han).toMatchObject({ kind: 'han', run: '对象池', bigrams: ['对象', '象池'] });
  });

  it('drops English stop words unless nothing else is left', () => {
    expect(queryUnits('what is the Raft log').map((u) => (u.kind === 'latin' ? u.whole : u.run))).toEqual([
      'raft',
      'log',
    ]);
    expect(queryUnits('the').map((u) => (u.kind === 'latin' ? u.whole : u.run))).toEqual(['the']);
  });

  it('has no units for punctuation or an empty query', () => {
    expect(queryUnits('')).toEqual([]);
    expect(queryUnits(' 。，!? ')).toEqual([]);
  });
});
