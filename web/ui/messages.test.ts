import i18next, { type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import adminDe from '../admin/locales/de.json';
import { errorMessage as adminErrorMessage, fieldMessage as adminFieldMessage } from '../admin/lib/errors.ts';
import portalJa from '../portal/locales/ja.json';
import { errorMessage as portalErrorMessage, fieldError as portalFieldError } from '../portal/lib/errors.ts';
import { ApiError } from './api/errors.ts';
import { fieldIssueText } from './field-errors.ts';
import { storedMessageText, threadEntryText } from './stored-message.ts';

async function translator(language: string, resources: object): Promise<TFunction> {
  const instance = i18next.createInstance();
  await instance.init({ lng: language, resources: { [language]: { translation: resources } }, interpolation: { escapeValue: false } });
  return instance.t.bind(instance);
}

const refused = (code: string, details?: unknown) => new ApiError(400, code, 'English words of the server', details);

describe('field issues in the reader’s language', () => {
  it('says each issue from its code, in the wording its kind of value needs, with its parameters', async () => {
    const t = await translator('de', adminDe);
    expect(fieldIssueText(t, { field: 'password', code: 'too_small', params: { minimum: 10, origin: 'string' }, message: 'x' })).toBe('Verwenden Sie mindestens 10 Zeichen.');
    expect(fieldIssueText(t, { field: 'quantity', code: 'too_small', params: { minimum: 1, origin: 'number' }, message: 'x' })).toBe('Geben Sie 1 oder mehr ein.');
    expect(fieldIssueText(t, { field: 'when', code: 'too_small', params: { minimum: 1, origin: 'date' }, message: 'x' })).toBe('Dieser Wert ist zu klein.');
    expect(fieldIssueText(t, { field: 'email', code: 'invalid_format', params: { format: 'email' }, message: 'x' })).toBe('Geben Sie eine gültige E-Mail-Adresse ein.');
    expect(fieldIssueText(t, { field: 'role', code: 'invalid_value', params: { values: ['owner', 'staff'] }, message: 'x' })).toBe('Wählen Sie eines von: owner, staff.');
    expect(fieldIssueText(t, { field: 'x', code: 'something_new', params: {}, message: 'x' })).toBe('Dieser Wert ist ungültig.');
  });

  it('shows no English server text for a known error in the admin, and the server’s words only for an unknown code', async () => {
    const t = await translator('de', adminDe);
    expect(adminErrorMessage(t, new ApiError(409, 'CONFLICT', 'This estimate was decided in the meantime'))).toBe(
      'Das ist im aktuellen Zustand nicht möglich. Laden Sie die Seite neu, um zu sehen, was sich geändert hat.',
    );
    const dueDate = refused('VALIDATION_FAILED', [{ field: 'due_date', code: 'before_issue_date', params: {}, message: 'cannot be before the issue date' }]);
    expect(adminErrorMessage(t, dueDate)).toBe('due_date: Dieses Datum darf nicht vor dem Ausstellungsdatum liegen.');
    expect(adminErrorMessage(t, refused('VALIDATION_FAILED'))).toBe('Einige Angaben sind ungültig. Bitte prüfen Sie das Formular.');
    expect(adminErrorMessage(t, new ApiError(418, 'TEAPOT', 'I am a teapot'))).toBe('I am a teapot');
    expect(adminErrorMessage(t, new TypeError('fetch failed'))).toBe(adminDe.errors.network);
  });

  it('names a refused field’s problem next to the field, in both apps', async () => {
    const error = refused('WEAK_PASSWORD', [{ field: 'password', code: 'too_common', params: {}, message: 'is too common or too easy to guess' }]);
    const de = await translator('de', adminDe);
    expect(adminFieldMessage(de, error.fieldIssue('password')!)).toBe('Dieses Passwort ist zu verbreitet oder zu leicht zu erraten.');
    expect(error.fieldIssue('email')).toBeUndefined();
    const t = await translator('ja', portalJa);
    expect(portalFieldError(t, error, 'password')).toBe('このパスワードはよく使われているか、推測されやすすぎます。');
    expect(portalErrorMessage(t, new ApiError(422, 'CURRENCY_MISMATCH', 'The currency is wrong'))).toBe('通貨が顧客または書類の通貨と一致しません。');
  });
});

describe('stored messages in the interface’s language', () => {
  const notice = {
    message: 'Casey (Globex) accepted estimate EST-1',
    message_code: 'estimate.accepted',
    message_params: { actor: 'Casey', customer: 'Globex', number: 'EST-1' },
  };

  it('renders from the code in the language shown, whatever the server rendered', () => {
    expect(storedMessageText(notice, 'de', 'staff')).toBe('Casey (Globex) hat das Angebot EST-1 angenommen');
    expect(storedMessageText(notice, 'ja-JP', 'customer')).toBe('Caseyさんが見積書 EST-1 を承認しました');
    expect(storedMessageText(notice, 'nl', 'staff')).toBe('Casey (Globex) accepted estimate EST-1');
  });

  it('shows the server’s text for an old row or a code this app does not know', () => {
    expect(storedMessageText({ message: 'Old English text', message_code: null, message_params: null }, 'de', 'staff')).toBe('Old English text');
    expect(storedMessageText({ ...notice, message_code: 'estimate.teleported' }, 'de', 'staff')).toBe(notice.message);
    expect(threadEntryText({ body: 'What a person wrote', message_code: null, message_params: null }, 'fr', 'customer')).toBe('What a person wrote');
    expect(threadEntryText({ body: '', message_code: 'comment.estimate_accepted', message_params: { signer: 'Ada' } }, 'fr', 'customer')).toBe('Accepté par Ada');
  });
});
