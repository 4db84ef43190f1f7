import { type Outcome, post } from './http';

/** Slack Web API errors that no retry will mend: the person is not in the workspace, or the app cannot DM. */
const PERMANENT = new Set(['users_not_found', 'user_not_found', 'channel_not_found', 'cannot_dm_bot', 'user_disabled']);

/**
 * A direct message from the company's Slack app to one person, found by their work address:
 * users.lookupByEmail, then chat.postMessage to the user's id (Slack opens the DM). The API's base URL is a
 * setting (SLACK_API_URL) so tests talk to a Slack stand-in served in the test.
 */
export async function slackDirectMessage(opts: {
  apiUrl: string;
  token: string;
  email: string;
  message: object;
  timeoutMs: number;
}): Promise<Outcome & { permanent?: boolean }> {
  const base = opts.apiUrl.replace(/\/+$/, '');
  const auth = { authorization: `Bearer ${opts.token}` };
  // The base URL is the operator's (environment), not an admin's input: no address check.
  const http = { timeoutMs: opts.timeoutMs, allowPrivate: true, checkUrl: false, readJson: true };
  const lookup = await post(
    `${base}/users.lookupByEmail`,
    {
      body: new URLSearchParams({ email: opts.email }).toString(),
      headers: { ...auth, 'content-type': 'application/x-www-form-urlencoded' },
    },
    http,
  );
  const found = lookup.json as { ok?: boolean; error?: string; user?: { id?: string } } | undefined;
  if (!lookup.ok || !found?.ok || !found.user?.id) return apiFailure(lookup, found);
  const sent = await post(
    `${base}/chat.postMessage`,
    {
      body: JSON.stringify({ channel: found.user.id, ...opts.message }),
      headers: { ...auth, 'content-type': 'application/json; charset=utf-8' },
    },
    http,
  );
  const answer = sent.json as { ok?: boolean; error?: string } | undefined;
  if (!sent.ok || !answer?.ok) return apiFailure(sent, answer, lookup.durationMs);
  return { ...sent, durationMs: sent.durationMs + lookup.durationMs };
}

function apiFailure(o: Outcome, answer: { error?: string } | undefined, before = 0): Outcome & { permanent?: boolean } {
  const code = answer?.error;
  return {
    ok: false,
    statusCode: o.statusCode,
    durationMs: o.durationMs + before,
    error: code ? `slack: ${code}` : (o.error ?? 'slack: no answer'),
    permanent: !!code && PERMANENT.has(code),
  };
}
