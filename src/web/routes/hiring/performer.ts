import type { TFunction } from 'i18next';
import { formatName } from '../../../domain/shared/format';
import type { Schemas } from '../../api-contract';

type Ref = NonNullable<Schemas['HearingSheet']['performer']>;

/** A picked high performer as the hearing pages name them: name, and department when they have one (decision 0026). */
export const performerLabel = (t: TFunction, p: Ref | null) =>
  !p ? '' : p.department ? t('hiring.ui.sheet.performerLabel', { name: formatName(p), department: p.department }) : formatName(p);
