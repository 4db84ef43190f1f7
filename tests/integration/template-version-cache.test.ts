import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formTemplateVersions } from '../../src/db/schema';
import { lockVersions, templateVersion } from '../../src/domain/forms/templates';
import { openTestDb } from '../support/harness';
import type { DbHandle } from '../../src/db/client';

// Form reads keep locked template versions in memory (issue 16): a locked version never changes, an unlocked one
// (a template still being written) is read afresh every time.
let h: DbHandle;
beforeAll(async () => {
  h = await openTestDb();
});
afterAll(() => h.close());

const definition = (label: string) => ({ sections: [{ id: 's', title: { ja: label, en: label }, fields: [] }] });

describe('template versions', () => {
  it('reads an unlocked version afresh, and keeps a locked one', async () => {
    const [v] = await h.db.select().from(formTemplateVersions).where(eq(formTemplateVersions.locked, false)).limit(1);
    expect(v, 'a default template version, not locked yet').toBeDefined();
    await h.db
      .update(formTemplateVersions)
      .set({ definition: definition('下書き1') })
      .where(eq(formTemplateVersions.id, v!.id));
    expect((await templateVersion(h.db, v!.id)).definition).toEqual(definition('下書き1'));
    await h.db
      .update(formTemplateVersions)
      .set({ definition: definition('下書き2') })
      .where(eq(formTemplateVersions.id, v!.id));
    expect((await templateVersion(h.db, v!.id)).definition).toEqual(definition('下書き2'));

    await lockVersions(h.db, [v!.templateId]);
    expect((await templateVersion(h.db, v!.id)).definition).toEqual(definition('下書き2'));
    // Nothing in Mendan changes a locked version; were it changed behind its back, this process keeps what it read.
    await h.db.execute(
      sql`update form_template_versions set definition = ${JSON.stringify(definition('外から'))}::jsonb where id = ${v!.id}`,
    );
    expect((await templateVersion(h.db, v!.id)).definition).toEqual(definition('下書き2'));
  });
});
