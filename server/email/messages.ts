import type { Language } from '../../contract/portal.ts';

export type EmailKind =
  | 'invitation'
  | 'reinvitation'
  | 'password_reset'
  | 'signin_link'
  | 'signup_verification';

interface EmailText {
  subject: string;
  heading: string;
  body: string;
  action: string;
  expiry: string;
}

interface Catalogue {
  greeting: string;
  greetingAnonymous: string;
  ignore: string;
  portalLink: string;
  emails: Record<EmailKind, EmailText>;
}

/** Placeholders: {org}, {name}, {expiry}. */
export const emailCatalogues: Record<Language, Catalogue> = {
  en: {
    greeting: 'Hello {name},',
    greetingAnonymous: 'Hello,',
    ignore: 'If you did not expect this email, you can ignore it.',
    portalLink: 'Your portal: ',
    emails: {
      invitation: {
        subject: '{org} invited you to its customer portal',
        heading: 'Welcome to the {org} portal',
        body: '{org} has given you access to its customer portal, where you can see your documents and act on them.',
        action: 'Set up your account',
        expiry: 'This invitation can be used once and expires on {expiry}.',
      },
      reinvitation: {
        subject: 'Your new invitation to the {org} portal',
        heading: 'A new invitation from {org}',
        body: '{org} sent you a fresh invitation to its customer portal. Earlier invitation links no longer work.',
        action: 'Set up your account',
        expiry: 'This invitation can be used once and expires on {expiry}.',
      },
      password_reset: {
        subject: 'Reset your password for the {org} portal',
        heading: 'Reset your password',
        body: 'Someone asked to reset the password of your {org} portal account. Choose a new password with the button below.',
        action: 'Choose a new password',
        expiry: 'The link can be used once and expires on {expiry}.',
      },
      signin_link: {
        subject: 'Your sign-in link for the {org} portal',
        heading: 'Sign in to the {org} portal',
        body: 'Use the button below to sign in without your password.',
        action: 'Sign in',
        expiry: 'The link can be used once and expires on {expiry}.',
      },
      signup_verification: {
        subject: 'Confirm your email for the {org} portal',
        heading: 'Confirm your email address',
        body: 'Confirm your email address to finish signing up for the {org} customer portal.',
        action: 'Confirm and sign up',
        expiry: 'The link can be used once and expires on {expiry}.',
      },
    },
  },
  de: {
    greeting: 'Hallo {name},',
    greetingAnonymous: 'Hallo,',
    ignore: 'Wenn Sie diese E-Mail nicht erwartet haben, können Sie sie ignorieren.',
    portalLink: 'Ihr Portal: ',
    emails: {
      invitation: {
        subject: '{org} hat Sie zum Kundenportal eingeladen',
        heading: 'Willkommen im Portal von {org}',
        body: '{org} hat Ihnen Zugang zum Kundenportal gegeben. Dort sehen Sie Ihre Dokumente und können sie bearbeiten.',
        action: 'Konto einrichten',
        expiry: 'Diese Einladung ist einmal gültig und läuft am {expiry} ab.',
      },
      reinvitation: {
        subject: 'Ihre neue Einladung zum Portal von {org}',
        heading: 'Eine neue Einladung von {org}',
        body: '{org} hat Ihnen eine neue Einladung zum Kundenportal geschickt. Frühere Einladungslinks funktionieren nicht mehr.',
        action: 'Konto einrichten',
        expiry: 'Diese Einladung ist einmal gültig und läuft am {expiry} ab.',
      },
      password_reset: {
        subject: 'Passwort für das Portal von {org} zurücksetzen',
        heading: 'Passwort zurücksetzen',
        body: 'Jemand hat das Zurücksetzen des Passworts Ihres Kontos im Portal von {org} angefordert. Wählen Sie über die Schaltfläche ein neues Passwort.',
        action: 'Neues Passwort wählen',
        expiry: 'Der Link ist einmal gültig und läuft am {expiry} ab.',
      },
      signin_link: {
        subject: 'Ihr Anmeldelink für das Portal von {org}',
        heading: 'Beim Portal von {org} anmelden',
        body: 'Melden Sie sich über die Schaltfläche ohne Passwort an.',
        action: 'Anmelden',
        expiry: 'Der Link ist einmal gültig und läuft am {expiry} ab.',
      },
      signup_verification: {
        subject: 'Bestätigen Sie Ihre E-Mail-Adresse für das Portal von {org}',
        heading: 'E-Mail-Adresse bestätigen',
        body: 'Bestätigen Sie Ihre E-Mail-Adresse, um die Registrierung im Kundenportal von {org} abzuschließen.',
        action: 'Bestätigen und registrieren',
        expiry: 'Der Link ist einmal gültig und läuft am {expiry} ab.',
      },
    },
  },
  fr: {
    greeting: 'Bonjour {name},',
    greetingAnonymous: 'Bonjour,',
    ignore: 'Si vous n’attendiez pas cet e-mail, vous pouvez l’ignorer.',
    portalLink: 'Votre portail : ',
    emails: {
      invitation: {
        subject: '{org} vous invite sur son portail client',
        heading: 'Bienvenue sur le portail de {org}',
        body: '{org} vous a donné accès à son portail client, où vous consultez vos documents et agissez sur eux.',
        action: 'Créer votre compte',
        expiry: 'Cette invitation ne sert qu’une fois et expire le {expiry}.',
      },
      reinvitation: {
        subject: 'Votre nouvelle invitation au portail de {org}',
        heading: 'Une nouvelle invitation de {org}',
        body: '{org} vous a envoyé une nouvelle invitation à son portail client. Les liens précédents ne fonctionnent plus.',
        action: 'Créer votre compte',
        expiry: 'Cette invitation ne sert qu’une fois et expire le {expiry}.',
      },
      password_reset: {
        subject: 'Réinitialiser votre mot de passe du portail de {org}',
        heading: 'Réinitialiser votre mot de passe',
        body: 'Quelqu’un a demandé la réinitialisation du mot de passe de votre compte sur le portail de {org}. Choisissez un nouveau mot de passe avec le bouton ci-dessous.',
        action: 'Choisir un nouveau mot de passe',
        expiry: 'Le lien ne sert qu’une fois et expire le {expiry}.',
      },
      signin_link: {
        subject: 'Votre lien de connexion au portail de {org}',
        heading: 'Se connecter au portail de {org}',
        body: 'Utilisez le bouton ci-dessous pour vous connecter sans mot de passe.',
        action: 'Se connecter',
        expiry: 'Le lien ne sert qu’une fois et expire le {expiry}.',
      },
      signup_verification: {
        subject: 'Confirmez votre e-mail pour le portail de {org}',
        heading: 'Confirmez votre adresse e-mail',
        body: 'Confirmez votre adresse e-mail pour terminer votre inscription au portail client de {org}.',
        action: 'Confirmer et s’inscrire',
        expiry: 'Le lien ne sert qu’une fois et expire le {expiry}.',
      },
    },
  },
  es: {
    greeting: 'Hola {name}:',
    greetingAnonymous: 'Hola:',
    ignore: 'Si no esperaba este correo, puede ignorarlo.',
    portalLink: 'Su portal: ',
    emails: {
      invitation: {
        subject: '{org} le ha invitado a su portal de clientes',
        heading: 'Bienvenido al portal de {org}',
        body: '{org} le ha dado acceso a su portal de clientes, donde puede ver sus documentos y actuar sobre ellos.',
        action: 'Configurar su cuenta',
        expiry: 'Esta invitación solo puede usarse una vez y caduca el {expiry}.',
      },
      reinvitation: {
        subject: 'Su nueva invitación al portal de {org}',
        heading: 'Una nueva invitación de {org}',
        body: '{org} le ha enviado una nueva invitación a su portal de clientes. Los enlaces anteriores ya no funcionan.',
        action: 'Configurar su cuenta',
        expiry: 'Esta invitación solo puede usarse una vez y caduca el {expiry}.',
      },
      password_reset: {
        subject: 'Restablezca su contraseña del portal de {org}',
        heading: 'Restablecer la contraseña',
        body: 'Alguien pidió restablecer la contraseña de su cuenta del portal de {org}. Elija una nueva contraseña con el botón de abajo.',
        action: 'Elegir una nueva contraseña',
        expiry: 'El enlace solo puede usarse una vez y caduca el {expiry}.',
      },
      signin_link: {
        subject: 'Su enlace de acceso al portal de {org}',
        heading: 'Acceder al portal de {org}',
        body: 'Use el botón de abajo para acceder sin contraseña.',
        action: 'Acceder',
        expiry: 'El enlace solo puede usarse una vez y caduca el {expiry}.',
      },
      signup_verification: {
        subject: 'Confirme su correo para el portal de {org}',
        heading: 'Confirme su dirección de correo',
        body: 'Confirme su dirección de correo para terminar el registro en el portal de clientes de {org}.',
        action: 'Confirmar y registrarse',
        expiry: 'El enlace solo puede usarse una vez y caduca el {expiry}.',
      },
    },
  },
  ja: {
    greeting: '{name} 様',
    greetingAnonymous: 'お客様各位',
    ignore: 'このメールに心当たりがない場合は、破棄してください。',
    portalLink: 'ポータル: ',
    emails: {
      invitation: {
        subject: '{org} から顧客ポータルへの招待が届きました',
        heading: '{org} のポータルへようこそ',
        body: '{org} が顧客ポータルへのアクセスを許可しました。ポータルで書類の確認や手続きができます。',
        action: 'アカウントを設定する',
        expiry: 'この招待は一度だけ使用でき、{expiry} に期限切れになります。',
      },
      reinvitation: {
        subject: '{org} のポータルへの新しい招待',
        heading: '{org} からの新しい招待',
        body: '{org} から顧客ポータルへの新しい招待が届きました。以前の招待リンクは使用できません。',
        action: 'アカウントを設定する',
        expiry: 'この招待は一度だけ使用でき、{expiry} に期限切れになります。',
      },
      password_reset: {
        subject: '{org} ポータルのパスワード再設定',
        heading: 'パスワードの再設定',
        body: '{org} ポータルのアカウントのパスワード再設定が依頼されました。下のボタンから新しいパスワードを設定してください。',
        action: '新しいパスワードを設定する',
        expiry: 'このリンクは一度だけ使用でき、{expiry} に期限切れになります。',
      },
      signin_link: {
        subject: '{org} ポータルのサインインリンク',
        heading: '{org} ポータルにサインイン',
        body: '下のボタンからパスワードなしでサインインできます。',
        action: 'サインイン',
        expiry: 'このリンクは一度だけ使用でき、{expiry} に期限切れになります。',
      },
      signup_verification: {
        subject: '{org} ポータルのメールアドレス確認',
        heading: 'メールアドレスの確認',
        body: '{org} 顧客ポータルへの登録を完了するため、メールアドレスを確認してください。',
        action: '確認して登録する',
        expiry: 'このリンクは一度だけ使用でき、{expiry} に期限切れになります。',
      },
    },
  },
};
