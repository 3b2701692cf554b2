import { runWithLanguage } from '@luodi/core';
import { COMMON_PASSWORDS, passwordProblem } from './password-policy';
import { removesAnAdmin, User } from './user';

describe('password policy', () => {
  const email = 'Li.Na@luodi.local';

  it('refuses the commonest passwords, whatever their case', () => {
    expect(COMMON_PASSWORDS.size).toBeGreaterThanOrEqual(100);
    for (const p of ['password123', '1234567890', 'qwertyuiop', 'a123456789', '8888888888', 'Admin@123456'])
      expect(passwordProblem(p, email)).toBe('该密码过于常见，容易被猜中，请换一个');
    expect(passwordProblem('PASSWORD123', email)).not.toBeNull();
  });

  it('refuses one character repeated', () => {
    expect(passwordProblem('aaaaaaaaaaaa', email)).not.toBeNull();
    expect(passwordProblem('一一一一一一一一一一', email)).not.toBeNull();
  });

  it('refuses the email and its local part, case-insensitively', () => {
    expect(passwordProblem('li.na@LUODI.local', email)).toBe('密码不能与邮箱或其用户名相同');
    expect(passwordProblem('LI.NA', 'li.na@luodi.local')).not.toBeNull();
    expect(runWithLanguage('en', () => passwordProblem('li.na@luodi.local', email))).toBe(
      'must not be the email or its name part',
    );
  });

  it('accepts an ordinary long password', () => {
    expect(passwordProblem('Jinhe-2024-spring', email)).toBeNull();
    expect(passwordProblem('汾河之畔招商引资2024', email)).toBeNull();
    expect(passwordProblem('li.na@luodi.local2', email)).toBeNull();
  });
});

describe('removesAnAdmin', () => {
  const admin: User = {
    id: 'a',
    email: 'a@x.cn',
    name: 'a',
    role: 'admin',
    active: true,
    createdAt: '',
    updatedAt: '',
  };

  it('is a deactivation or a demotion of an active admin', () => {
    expect(removesAnAdmin(admin, { active: false })).toBe(true);
    expect(removesAnAdmin(admin, { role: 'staff' })).toBe(true);
    expect(removesAnAdmin(admin, { role: 'admin', active: true })).toBe(false);
    expect(removesAnAdmin(admin, { name: 'b' } as never)).toBe(false);
    expect(removesAnAdmin({ ...admin, active: false }, { role: 'staff' })).toBe(false);
    expect(removesAnAdmin({ ...admin, role: 'supervisor' }, { active: false })).toBe(false);
  });
});
