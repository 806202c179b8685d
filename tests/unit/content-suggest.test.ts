// "Did you mean" for links to pages that don't exist (scripts/content/check/suggest.ts):
// the page the author meant, by a slug's words as well as its letters.
import { describe, expect, it } from 'vitest';
import { rankLikely, suggestRoutes } from '../../scripts/content/check/suggest';

const slugs = [
  '',
  '/case-studies',
  '/case-studies/instacart-griffin',
  '/case-studies/shopify-merlin',
  '/case-studies/spotify',
  '/deployment',
  '/resources',
  '/search',
  '/why-ray',
  '/why-ray/open-and-extensible',
  '/why-ray/seamless-dev-to-prod',
  '/why-ray/unified-ml-api-and-runtime',
];
const pages = ['zh', 'en'].flatMap((locale) => slugs.map((s) => `/${locale}${s}`));

describe.each(['en', 'zh'])('suggestRoutes in %s', (locale) => {
  const suggest = (path: string) => suggestRoutes(`/${locale}${path}`, pages);
  const url = (path: string) => `/${locale}${path}`;

  it('finds a case study by its company or its platform name, never another company', () => {
    expect(suggest('/case-studies/shopify')).toEqual([url('/case-studies/shopify-merlin')]);
    expect(suggest('/case-studies/merlin')).toEqual([url('/case-studies/shopify-merlin')]);
    expect(suggest('/case-studies/griffin')).toEqual([url('/case-studies/instacart-griffin')]);
  });

  it('finds a page by the start of its slug', () => {
    expect(suggest('/deploy')).toEqual([url('/deployment')]);
  });

  it('still finds small typos, at the top level and under a section', () => {
    expect(suggest('/deplyment')).toEqual([url('/deployment')]);
    expect(suggest('/case-studies/spotfy')).toEqual([url('/case-studies/spotify')]);
    expect(suggest('/case-studies/sptoify')).toEqual([url('/case-studies/spotify')]);
  });

  it('finds a page written without its section', () => {
    expect(suggest('/shopify-merlin')).toEqual([url('/case-studies/shopify-merlin')]);
  });

  it('suggests only pages of the same language, at most three, best first', () => {
    const found = suggest('/why-ray/open');
    expect(found[0]).toBe(url('/why-ray/open-and-extensible'));
    expect(found.length).toBeLessThanOrEqual(3);
    expect(suggest('/why-ray/ray').every((u) => u.startsWith(`/${locale}/`))).toBe(true);
  });

  it('suggests nothing when no page shares a word or is a small typo away', () => {
    expect(suggest('/pricing')).toEqual([]);
    expect(suggest('/case-studies/uber')).toEqual([]);
  });
});

describe('rankLikely (headings)', () => {
  it('puts the closest heading first', () => {
    const ids = ['overview', 'how-it-works', 'deploying-on-kubernetes', 'results'];
    expect(rankLikely('kubernetes', ids)[0]).toBe('deploying-on-kubernetes');
    expect(rankLikely('resluts', ids)).toEqual(['results']);
    expect(rankLikely('pricing', ids)).toEqual([]);
  });
});
