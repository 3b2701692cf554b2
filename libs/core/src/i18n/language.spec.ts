import { currentLanguage, parseAcceptLanguage, runWithLanguage, tr } from './language';

describe('parseAcceptLanguage', () => {
  it.each([
    [undefined, 'zh'],
    ['', 'zh'],
    ['en', 'en'],
    ['en-US,en;q=0.9', 'en'],
    ['zh-CN,zh;q=0.9,en;q=0.8', 'zh'],
    ['en;q=0.5,zh;q=0.9', 'zh'],
    ['fr, en;q=0.3', 'en'],
    ['fr', 'zh'],
    ['*', 'zh'],
    ['en;q=0', 'zh'],
    ['EN-gb', 'en'],
    [['de', 'en'], 'en'],
  ])('%p → %s', (header, expected) => {
    expect(parseAcceptLanguage(header)).toBe(expected);
  });
});

describe('tr', () => {
  it('is Chinese outside a request and follows the request language inside one', async () => {
    expect(tr('项目', 'Lead')).toBe('项目');
    expect(currentLanguage()).toBe('zh');
    await runWithLanguage('en', async () => {
      await new Promise((r) => setTimeout(r, 1));
      expect(tr('项目', 'Lead')).toBe('Lead');
    });
    expect(tr('项目', 'Lead')).toBe('项目');
  });
});
