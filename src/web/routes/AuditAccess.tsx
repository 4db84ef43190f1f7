import { useTranslation } from 'react-i18next';
import { SettingSwitch } from '../components/SettingSwitch';

/** The admin's switch: may HR staff read the audit log too? Off by default (decision 0013). */
export function AuditAccessSetting() {
  const { t } = useTranslation();
  return (
    <SettingSwitch
      path="/admin/audit-access"
      queryKey={['audit-access']}
      field="hrRead"
      title={t('audit.access.title')}
      label={t('audit.access.hrRead')}
      hint={t('audit.access.hint')}
      saved={(on) => t(on ? 'audit.access.savedOn' : 'audit.access.savedOff')}
    />
  );
}
