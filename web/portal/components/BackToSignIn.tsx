import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function BackToSignIn() {
  const { t } = useTranslation();
  return (
    <p className="p-link-list">
      <Link to="/login">{t('link.backToSignIn')}</Link>
    </p>
  );
}
