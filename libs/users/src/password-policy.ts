import { tr } from '@luodi/core';

/**
 * What a new password must not be (on create, change and reset), beyond the DTO's 10..200 characters:
 * one of the commonest passwords (a small built-in list of those at least 10 characters long, with the favourites
 * of Chinese offices: keyboard rows, 520/1314 love numbers, runs of 8 and 6, `Admin@123456`), a single character
 * repeated, or the account's email or its local part (case-insensitive). Pure, so it is unit-tested.
 */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set(
  `
  1234567890 0123456789 0987654321 9876543210 12345678910 123456789123 1234567890123 123123123123
  1231231234 1122334455 1212121212 1314520520 5201314520 5201314123 1314521521 5211314521 9999999999
  8888888888 6666666666 1111111111 0000000000 7777777777 5555555555 1234512345 1234554321 1357924680
  2468013579 1472583690 1597534560 147258369258 123654789 6868686868 1688168816 5858585858 password123
  password1234 password12345 password2024 password2025 password2026 passw0rd123 p@ssw0rd123 p@ssword123
  password@123 admin123456 admin@123456 admin1234567 admin12345678 administrator root123456 root@123456
  test123456 test@123456 user123456 a123456789 a1234567890 aa123456789 aa12345678 abc1234567 abc123456789
  abcd123456 abcd1234567 abc@123456 abcd@123456 a1b2c3d4e5 a1b2c3d4e5f6 q1w2e3r4t5 q1w2e3r4t5y6 1q2w3e4r5t
  1qaz2wsx3edc 1qaz@wsx3edc 1qaz2wsx qaz123456789 zaq12wsxcde3 qwer123456 qwerty123456 qwe123456789
  qweasdzxc123 asd123456789 asdf123456 zxc123456789 zxcv123456 123456qwerty 123456abcdef 123456789a
  123456789abc 123456789q 123qwe123qwe aa123456aa qwertyuiop qwertyuiop123 asdfghjkl123 asdfghjkl;
  zxcvbnm123 zxcvbnm,./ 1qazxsw23edc qweasdzxc1 qazwsxedcrfv qazwsxedc123 abcdefghij abcdefg123
  iloveyou123 iloveyou1314 woaini1314 woaini520 woaini5201314 woaiwojia123 wangyang123 zhangwei123
  zhang123456 wang123456 li123456789 liu123456789 chen123456 huang123456 zhongguo123 zhongguo2024
  beijing2024 shanghai123 taiyuan123 shanxi123456 abc123abc123 nihao123456 welcome123 welcome2024
  changeme123 letmein1234 luodi123456 luodi@123456 luodi2024 zhaoshang123 zhaoshang2024 abc123456!
  aa123456! admin@2024 admin@2025
  `
    .trim()
    .split(/\s+/)
    .map((p) => p.toLowerCase()),
);

/** Why `password` may not be used by the account `email`, or null when it may. */
export function passwordProblem(password: string, email: string): string | null {
  const candidate = password.trim().toLowerCase();
  const address = email.trim().toLowerCase();
  const local = address.split('@')[0] ?? '';
  if (candidate === address || (local.length > 0 && candidate === local)) {
    return tr('密码不能与邮箱或其用户名相同', 'must not be the email or its name part');
  }
  if (COMMON_PASSWORDS.has(candidate) || /^(.)\1*$/su.test(candidate)) {
    return tr('该密码过于常见，容易被猜中，请换一个', 'is too common and easily guessed; choose another');
  }
  return null;
}
