/**
 * Frequently breached passwords of at least the minimum length, compared case-insensitively.
 * Shorter ones are refused by the length rule already.
 */
export const commonPasswords: ReadonlySet<string> = new Set([
  '1234567890', '12345678910', '123456789012', '0987654321', '1111111111', '0000000000', '1234512345',
  '1q2w3e4r5t', '1q2w3e4r5t6y', 'q1w2e3r4t5', 'qwertyuiop', 'qwerty1234', 'qwerty12345', 'qwertyuiop123',
  'asdfghjkl1', 'asdfghjkl;', 'zxcvbnm123', '1qaz2wsx3edc', 'qazwsxedc123', 'qwerty123456', 'azertyuiop',
  'password12', 'password123', 'password1234', 'password12345', 'password!1', 'passw0rd123', 'p@ssw0rd123',
  'p@ssword123', 'password01', 'mypassword', 'mypassword1', 'mypassword123', 'passwordpassword',
  'iloveyou123', 'iloveyou12', 'welcome123', 'welcome1234', 'welcome2024', 'welcome2025', 'welcome2026',
  'letmein123', 'letmein1234', 'changeme123', 'changeme12', 'administrator', 'admin12345', 'admin123456',
  'administrator1', 'superman123', 'batman12345', 'football123', 'baseball123', 'basketball', 'basketball1',
  'princess123', 'sunshine123', 'starwars123', 'whatever123', 'trustno1234', 'monkey12345', 'dragon12345',
  'master12345', 'shadow12345', 'michael123', 'jennifer123', 'computer123', 'internet123', 'chocolate1',
  'chocolate123', 'butterfly1', 'butterfly123', 'summer2024', 'summer2025', 'summer2026', 'winter2024',
  'winter2025', 'winter2026', 'spring2025', 'spring2026', 'autumn2025', 'autumn2026', 'december2025',
  'november2026', 'abcdefghij', 'abcdefg123', 'abc1234567', 'abcd123456', 'a1b2c3d4e5', 'aaaaaaaaaa',
  'zaq12wsxcde3', 'loveyou123', 'football1', 'jordan2323', 'michelle123', 'charlie123', 'pokemon123',
  'liverpool1', 'manchester', 'chelsea123', 'arsenal123', 'barcelona1', 'realmadrid', 'secret1234',
  'hello12345', 'hellohello', 'helloworld', 'helloworld1', 'google1234', 'facebook123', 'samsung123',
  'portico123', 'portico1234', 'customer123', 'invoice123', 'qwerasdfzxcv', 'passwort123', 'motdepasse1',
  'contrasena1', 'contraseña1', 'azerty1234', 'soleil1234', 'schalke04!', 'hallo12345', 'bonjour123',
]);

export function isCommonPassword(password: string): boolean {
  const lowered = password.toLowerCase();
  if (commonPasswords.has(lowered)) return true;
  // One character repeated, or a run of ascending digits/letters, is as weak as a listed one.
  if (/^(.)\1+$/.test(lowered)) return true;
  return '01234567890123456789abcdefghijklmnopqrstuvwxyz'.includes(lowered);
}
