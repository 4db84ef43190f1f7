import { useTranslation } from 'react-i18next';
import { formatKana, formatName } from '../../domain/shared/format';

type Person = {
  familyName: string;
  givenName: string;
  familyNameKana?: string | null;
  givenNameKana?: string | null;
};

/** 山田 太郎 with the furigana beneath it in Japanese (family name first in both languages). */
export function PersonName({ person }: { person: Person }) {
  const { i18n } = useTranslation();
  const kana = i18n.language === 'ja' ? formatKana(person) : '';
  return (
    <span className="person">
      <span className="person__name">{formatName(person)}</span>
      {kana && (
        <span className="person__kana" lang="ja">
          {kana}
        </span>
      )}
    </span>
  );
}
