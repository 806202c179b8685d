// The translation status logic (lib/translations/): which side of a page pair
// is ahead of the last mark, from the files' normalised content.
import { describe, expect, it } from 'vitest';
import { contentDigest } from '@/lib/translations/content-hash';
import { pairsOf } from '@/lib/translations/pairs';
import { emptyRecord, markPair } from '@/lib/translations/record';
import { pairState, staleDates, stateLabel } from '@/lib/translations/status';

const zh = `---
title: "Acme：Forge 平台"
description: "一个示例页面。"
updated: 2026-12-01
---

## 背景

Acme 在 2023 年把训练迁到了 Ray，
每天运行上千个作业。

<Callout kind="tip">从一个库开始。</Callout>
`;
const en = `---
title: "Acme: the Forge platform"
description: "An example page."
updated: 2026-12-01
---

## Background

Acme moved training to Ray in 2023 and runs thousands of jobs a day.

<FactsTable items={[{ label: 'Jobs', value: 'thousands a day' }]} />
`;

/** The pair as marked now, and its state after `edit` changed the files. */
function stateAfter(edit: { zh?: (s: string) => string; en?: (s: string) => string }, today?: string) {
  const record = emptyRecord();
  markPair(record, { route: '/x', digests: { zh: contentDigest(zh), en: contentDigest(en) } }, '2026-12-02');
  const current = { zh: contentDigest((edit.zh ?? String)(zh)), en: contentDigest((edit.en ?? String)(en)) };
  return { state: pairState(current, record.pages['/x']), stale: staleDates(current, record.pages['/x'], today) };
}

describe('translation status', () => {
  it('edit zh → en behind', () => {
    const { state } = stateAfter({ zh: (s) => s.replace('每天运行上千个作业。', '每天运行上万个作业。') });
    expect(state).toEqual({ kind: 'ahead', ahead: 'zh', behind: 'en', syncedOn: '2026-12-02' });
    expect(stateLabel(state)).toBe('zh ahead');
  });

  it('edit en → zh behind', () => {
    const { state } = stateAfter({ en: (s) => s.replace('Background', 'Where it started') });
    expect(stateLabel(state)).toBe('en ahead');
    expect(state).toMatchObject({ behind: 'zh' });
  });

  it('a formatting-only edit → in sync', () => {
    const { state, stale } = stateAfter({
      // Chinese line joined, quotes changed, trailing spaces, CRLF; the JSX prop reformatted as Prettier does.
      zh: (s) => s.replace('Ray，\n每天', 'Ray，每天').replace('"Acme：Forge 平台"', "'Acme：Forge 平台'").replace(/\n/g, '  \r\n'),
      en: (s) =>
        s
          .replace('Ray in 2023 and runs', 'Ray in 2023\nand runs')
          .replace(
            "items={[{ label: 'Jobs', value: 'thousands a day' }]}",
            `items={[\n  {\n    label: "Jobs",\n    value: "thousands a day",\n  },\n]}`,
          ),
    });
    expect(state.kind).toBe('in sync');
    expect(stale).toEqual([]);
  });

  it('mark → in sync', () => {
    const edited = zh.replace('从一个库开始。', '先从一个库开始。');
    const record = emptyRecord();
    markPair(record, { route: '/x', digests: { zh: contentDigest(zh), en: contentDigest(en) } }, '2026-12-01');
    const current = { zh: contentDigest(edited), en: contentDigest(en) };
    expect(pairState(current, record.pages['/x']).kind).toBe('ahead');
    markPair(record, { route: '/x', digests: current }, '2026-12-03');
    expect(pairState(current, record.pages['/x'])).toEqual({ kind: 'in sync', syncedOn: '2026-12-03' });
  });

  it('both edited after the last mark → a conflict, not in sync', () => {
    const { state } = stateAfter({ zh: (s) => s.replace('上千', '上万'), en: (s) => s.replace('thousands', 'tens of thousands') });
    expect(state).toEqual({ kind: 'conflict', syncedOn: '2026-12-02' });
  });

  it('one file only, or never marked, says so', () => {
    expect(stateLabel(pairState({ zh: contentDigest(zh) }, undefined))).toBe('zh only');
    expect(stateLabel(pairState({ zh: contentDigest(zh), en: contentDigest(en) }, undefined))).toBe('not marked');
  });
});

describe('updated dates', () => {
  it('a content change without a new updated date is stale; with one, or a date bump alone, is not', () => {
    const change = (s: string) => s.replace('每天运行上千个作业。', '每天运行上万个作业。');
    expect(stateAfter({ zh: change }).stale).toEqual(['zh']);
    expect(stateAfter({ zh: (s) => change(s).replace('updated: 2026-12-01', 'updated: 2026-12-03') }).stale).toEqual([]);
    // Bumping the date alone changes nothing a translator must carry over.
    expect(stateAfter({ en: (s) => s.replace('updated: 2026-12-01', 'updated: 2026-12-03') }).state.kind).toBe('in sync');
  });

  it('a date that already says today is not stale: a second edit on the same day needs no new date', () => {
    const change = (s: string) => s.replace('每天运行上千个作业。', '每天运行上万个作业。');
    expect(stateAfter({ zh: change }, '2026-12-01').stale).toEqual([]);
    expect(stateAfter({ zh: change }, '2026-12-02').stale).toEqual(['zh']);
  });
});

describe('resources (one file, both languages)', () => {
  const yaml = `kind: blog\nurl: "https://example.org/a"\ntitle:\n  zh: "中文标题"\n  en: "English title"\norder: 1\n`;
  it('compares the zh and en halves; a shared field is in neither', () => {
    const [[pair]] = [pairsOf([{ rel: 'resources/a.yaml', text: yaml }], ['zh', 'en'])];
    const record = emptyRecord();
    markPair(record, pair, '2026-12-02');
    const after = (text: string) =>
      pairState(pairsOf([{ rel: 'resources/a.yaml', text }], ['zh', 'en'])[0].digests, record.pages['resources/a']);
    expect(stateLabel(after(yaml.replace('English title', 'An English title')))).toBe('en ahead');
    expect(stateLabel(after(yaml.replace('order: 1', 'order: 2').replace('"中文标题"', "'中文标题'")))).toBe('in sync');
  });
});
