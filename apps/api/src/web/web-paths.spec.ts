import { cacheControlFor, isClientRoute } from './web-paths';

describe('web paths', () => {
  it.each([
    ['/', true],
    ['/leads', true],
    ['/leads/0b6f4f8e-7a51-4c3e-9d7e-2d6a0f1b2c3d', true],
    ['/leads?stage=signed&q=%E6%99%B6%E7%A7%91', true],
    ['/system/users', true],
    ['/api', false],
    ['/api/v1/nothing-here', false],
    ['/api/docs', false],
    ['/admin', false],
    ['/admin/queues/x', false],
    ['/assets/index-3f9a.js', false],
    ['/favicon.ico', false],
    ['/leads/a.b', false],
    ['/apis', true],
    ['/administration', true],
  ])('isClientRoute(%s) = %s', (url, expected) => {
    expect(isClientRoute(url)).toBe(expected);
  });

  it('caches hashed assets for a year and revalidates the rest', () => {
    expect(cacheControlFor('/assets/index-3f9a.js')).toBe('public, max-age=31536000, immutable');
    expect(cacheControlFor('assets/index-3f9a.css')).toBe('public, max-age=31536000, immutable');
    expect(cacheControlFor('/index.html')).toBe('no-cache');
    expect(cacheControlFor('/favicon.svg')).toBe('no-cache');
  });
});
