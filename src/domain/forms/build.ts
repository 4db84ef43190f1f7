import type { LocalizedText } from '../../db/schema';
import type { FieldDef } from './definition';

// Shorthands the default forms are written with (forms/default-templates.ts, hiring/default-sheet.ts).

/** A text in both languages. */
export const t = (ja: string, en: string): LocalizedText => ({ ja, en });
/** A choice of a single or multiple field. */
export const opt = (id: string, ja: string, en: string) => ({ id, label: t(ja, en) });
/** A field, optional unless it says otherwise. */
export const field = (f: Omit<FieldDef, 'required'> & { required?: boolean }): FieldDef => ({ required: false, ...f });
