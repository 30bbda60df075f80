import { describe, expect, it } from 'vitest';
import type { LessonStudy } from '../../lessons/types.ts';
import { cardFace, exportCard } from './card-text.ts';
import { ankiField, toAnkiTsv, toMarkdown, type ExportCard } from './export.ts';

const card = (q: string, a: string, tags: string[] = ['t'], section?: string): ExportCard => ({
  id: 'x/interview/0',
  q,
  a,
  tags,
  ...(section ? { section } : {}),
});

describe('ankiField', () => {
  it('escapes HTML so Go code stays text', () => {
    expect(ankiField('x < y && y > z')).toBe('x &lt; y &amp;&amp; y &gt; z');
    expect(ankiField('<script>')).toBe('&lt;script&gt;');
  });

  it('leaves no raw double quote (Anki would read a field opening with one as quoted)', () => {
    expect(ankiField('"quoted" and "more"')).toBe('&quot;quoted&quot; and &quot;more&quot;');
  });

  it('turns tabs into an entity and newlines into <br> (one note per line, three columns)', () => {
    expect(ankiField('a\tb')).toBe('a&#9;b');
    expect(ankiField('line 1\nline 2')).toBe('line 1<br>line 2');
    expect(ankiField('para 1\r\n\r\npara 2')).toBe('para 1<br><br>para 2');
  });

  it('renders `code` spans as <code>, escaped inside', () => {
    expect(ankiField('use `ch <- v` & `sync.Pool`')).toBe('use <code>ch &lt;- v</code> &amp; <code>sync.Pool</code>');
    expect(ankiField('a lone ` backtick')).toBe('a lone ` backtick');
  });
});

describe('toAnkiTsv', () => {
  it('starts with the file headers Anki reads', () => {
    const lines = toAnkiTsv([]).split('\n');
    expect(lines.slice(0, 4)).toEqual(['#separator:tab', '#html:true', '#tags column:3', '#columns:Front\tBack\tTags']);
  });

  it('writes one line of exactly three columns per card, whatever the texts hold', () => {
    const text = toAnkiTsv([
      card('What does\tthis do?', 'It "blocks"\nuntil <-ch & done', [
        'go-backend-atlas::frameworks::gin',
        'go-backend-atlas::interview',
      ]),
      card('Second', 'Answer', ['two words']),
    ]);
    const lines = text.split('\n');
    expect(text.endsWith('\n')).toBe(true);
    expect(lines).toHaveLength(4 + 2 + 1);
    expect(lines[4]).toBe(
      'What does&#9;this do?\tIt &quot;blocks&quot;<br>until &lt;-ch &amp; done\tgo-backend-atlas::frameworks::gin go-backend-atlas::interview',
    );
    expect(lines[5]).toBe('Second\tAnswer\ttwo_words');
    for (const line of lines.slice(4, 6)) expect(line.split('\t')).toHaveLength(3);
  });

  it('escapes a question opening with "#", which Anki would skip as a comment', () => {
    expect(toAnkiTsv([card('#1 rule?', 'a')]).split('\n')[4]).toBe('&#35;1 rule?\ta\tt');
  });
});

describe('toMarkdown', () => {
  it('files cards under one heading per section, the question as a one-line sub-heading', () => {
    const md = toMarkdown(
      [card('Q1\nwrapped', 'A1\n\nmore', [], 'Gin'), card('Q2', 'A2', [], 'Gin'), card('Q3', 'A3', [], 'gRPC')],
      'Deck',
    );
    expect(md).toBe(
      [
        '# Deck',
        '',
        '## Gin',
        '',
        '### Q1 wrapped',
        '',
        'A1\n\nmore',
        '',
        '### Q2',
        '',
        'A2',
        '',
        '## gRPC',
        '',
        '### Q3',
        '',
        'A3',
        '',
      ].join('\n'),
    );
  });
});

describe('card texts', () => {
  const study: LessonStudy = {
    interview: [{ q: 'Why `c.Next()`?', a: 'It runs the rest of the chain.' }],
    quiz: [{ q: 'Which is safe?', options: ['map', '`sync.Map`', 'slice'], answer: 1, explain: 'It locks.' }],
  };

  it('an interview card is its question and model answer', () => {
    expect(cardFace(study, 'gin/interview/0')).toEqual({
      kind: 'interview',
      q: 'Why `c.Next()`?',
      answer: 'It runs the rest of the chain.',
    });
  });

  it('a quiz card shows the options and answers with the right one and why', () => {
    const face = cardFace(study, 'gin/quiz/0')!;
    expect(face.answer).toBe('B. `sync.Map`');
    const out = exportCard('gin/quiz/0', face, { slug: 'gin', part: 'frameworks', title: 'Gin' });
    expect(out.q).toBe('Which is safe?\n\nA. map\nB. `sync.Map`\nC. slice');
    expect(out.a).toBe('B. `sync.Map`\n\nIt locks.');
    expect(out.tags).toEqual(['go-backend-atlas::frameworks::gin', 'go-backend-atlas::quiz']);
    expect(out.section).toBe('Gin');
  });

  it('is undefined for a question the lesson no longer has', () => {
    expect(cardFace(study, 'gin/interview/3')).toBeUndefined();
    expect(cardFace(study, 'gin/quiz/1')).toBeUndefined();
    expect(cardFace(study, 'nonsense')).toBeUndefined();
  });
});
