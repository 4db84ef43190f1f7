import type { TestApp, TestClient } from './harness';

type Templates = { items: { id: string; kind: string }[] };

/** Creates and launches a round for the given people with the default sheet and survey, then runs the launch job. */
export async function launchRound(t: TestApp, hr: TestClient, employeeIds: string[], over: Record<string, unknown> = {}) {
  const templates = ((await (await hr.get('/api/v1/templates')).json()) as Templates).items;
  const res = await hr.post('/api/v1/rounds', {
    name: '2026年度キャリア面談',
    type: 'career',
    periodStart: '2026-12-01',
    periodEnd: '2027-01-31',
    prepDueOn: '2026-12-20',
    sheetTemplateId: templates.find((x) => x.kind === 'sheet')!.id,
    surveyTemplateId: templates.find((x) => x.kind === 'survey')!.id,
    participants: { all: false, employeeIds },
    ...over,
  });
  if (res.status !== 201) throw new Error(`round: ${res.status} ${await res.text()}`);
  const round = (await res.json()) as { id: string; version: number };
  const launched = await hr.post(`/api/v1/rounds/${round.id}/launch`, { version: round.version });
  if (launched.status !== 200) throw new Error(`launch: ${launched.status} ${await launched.text()}`);
  await t.drain();
  const list = (await (await hr.get(`/api/v1/rounds/${round.id}/interviews?pageSize=200`)).json()) as {
    items: { id: string; employee: { id: string } }[];
  };
  const interviewOf = (employeeId: string) => list.items.find((i) => i.employee.id === employeeId)!.id;
  return { roundId: round.id, interviewOf };
}
