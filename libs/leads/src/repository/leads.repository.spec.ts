import fc from 'fast-check';
import { escapeLike } from './leads.repository';

/** A tiny LIKE matcher with ESCAPE '\', to check that an escaped pattern matches exactly its literal text. */
function like(text: string, pattern: string): boolean {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') re += pattern[++i].replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    else if (c === '%') re += '[\\s\\S]*';
    else if (c === '_') re += '[\\s\\S]';
    else re += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`, 'u').test(text);
}

describe('escapeLike', () => {
  it('escapes %, _ and the escape character itself', () => {
    expect(escapeLike('100%_a\\b')).toBe('100\\%\\_a\\\\b');
    expect(escapeLike('晶科')).toBe('晶科');
  });

  it('property: %escaped% matches a text exactly when the text contains the query', () => {
    const unit = fc.constantFrom('%', '_', '\\', 'a', '晶', ' ', "'");
    fc.assert(
      fc.property(fc.string({ unit }), fc.string({ unit, minLength: 1 }), (text, q) => {
        return like(text, `%${escapeLike(q)}%`) === text.includes(q);
      }),
    );
  });
});
