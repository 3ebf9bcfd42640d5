import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.ts';
import { SEED_IDS, loadSeedArticle, seedArticle } from './testing/seedArticles.ts';

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe('splitSentences on the seed articles', () => {
  it('gives offsets that slice back to each sentence, trimmed, in order, for every seed', () => {
    for (const id of SEED_IDS) {
      const { text } = loadSeedArticle(id);
      const sentences = splitSentences(text);
      expect(sentences.length).toBeGreaterThan(10);
      let previousEnd = 0;
      for (const s of sentences) {
        expect(text.slice(s.start, s.end)).toBe(s.text);
        expect(s.text).toBe(s.text.trim());
        expect(s.text).not.toBe('');
        expect(s.start).toBeGreaterThanOrEqual(previousEnd);
        previousEnd = s.end;
      }
    }
  });

  it('makes each headline, byline and share-button line without a final stop its own sentence', () => {
    const sentences = texts(seedArticle('003').text);
    expect(sentences.slice(0, 5)).toEqual([
      'Wednesday, December 25',
      'ISIS Kills Fleeing Fighters',
      'Google+ Pinterest LinkedIn Tumblr +',
      'Analysis by Mawassi Lahcen in Casablanca',
      'for Magharebia',
    ]);
    expect(texts(seedArticle('004').text)).toContain(
      'As the terror group loses territory, power and funds, hundreds of former fighters are crossing into southern Turkey',
    );
  });

  it('keeps closing curly quotes with their sentence and starts the next at the opening quote', () => {
    const sentences = texts(seedArticle('000').text);
    expect(sentences).toContain(
      '“If I knew that this was the so-called Islamic state, I never would have come.',
    );
    expect(sentences).toContain(
      'We lived in fear, we were afraid of everything,” said Yousif al-Wagheyr, a Moroccan national who joined ISIS.',
    );
    expect(sentences).toContain(
      '“The so-called Islamic state has deemed everyone a disbeliever and the people have turned away and no longer want to fight; that’s what I saw.”',
    );
  });

  it('does not break inside "$2,000" or "USD 2,000"', () => {
    expect(texts(seedArticle('004').text)).toContain(
      'Four Saudi-Arabian extremists arrived in a Turkish community in earlier this month after paying smugglers $2,000 to accompany them past border guards.',
    );
    expect(texts(seedArticle('002').text)).toContain(
      'Some former fighters have paid smugglers USD 2,000 to help them past border guards on the southern Turkish border, the report added.',
    );
  });

  it('does not break at an ellipsis inside a quotation', () => {
    const sentence = texts(seedArticle('002').text).find((s) => s.includes('that…views'));
    expect(sentence).toMatch(/^According to the Guardian report,.*reintegration\.”$/u);
  });

  it('keeps a question and its answer apart, and a bracketed aside with its sentence', () => {
    const sentences = texts(seedArticle('004').text);
    expect(sentences).toContain('“A rehabilitation programme?');
    expect(sentences).toContain(
      'I went to support the Syrian people and in the first few months I was with the Muhajirin” (an auxiliary group of foreign fighters).',
    );
  });
});

describe('splitSentences on abbreviations and punctuation the seeds lack', () => {
  it('does not break after "U.S.", "Dr.", "Gen." or an initial', () => {
    expect(
      texts('The U.S. Army said Dr. Ali met Gen. Mazloum and George W. Bush. Then they left.'),
    ).toEqual([
      'The U.S. Army said Dr. Ali met Gen. Mazloum and George W. Bush.',
      'Then they left.',
    ]);
  });

  it('breaks after "No." unless a number follows, and keeps "Sept. 12" together', () => {
    expect(texts('He said No. We left on Sept. 12 with No. 5 in tow.')).toEqual([
      'He said No.',
      'We left on Sept. 12 with No. 5 in tow.',
    ]);
  });

  it('breaks after an ellipsis or "?!" followed by a capital, not before lower case', () => {
    expect(texts('He waited… Then he left. It was odd... but true?! Yes.')).toEqual([
      'He waited…',
      'Then he left.',
      'It was odd... but true?!',
      'Yes.',
    ]);
  });

  it('handles Windows line ends and blank lines, keeping exact offsets', () => {
    const text = 'Headline here\r\n\r\nFirst one. Second one.\r\n';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(['Headline here', 'First one.', 'Second one.']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
