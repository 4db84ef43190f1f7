import { z } from 'zod';
import { MAX_WORD_LENGTH } from './themes-words';

export const ThemesParams = z.object({ roundId: z.uuid() });

export const ThemeAnswersQuery = z.strictObject({
  word: z.string().trim().min(1).max(MAX_WORD_LENGTH),
  page: z.coerce.number().int().min(1).max(10_000).optional(),
});
