/** Signs in like the browser does and returns the Cookie header to reuse for every request. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<{ cookie: string; roles: string[] }> {
  // The first response of any kind sets the mendan_csrf cookie the login POST must echo.
  const first = await fetch(`${baseUrl}/api/v1/health`);
  const csrf = cookiesOf(first).get('mendan_csrf');
  if (!csrf) throw new Error('no mendan_csrf cookie on the first response');
  const res = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrf, cookie: `mendan_csrf=${csrf}` },
    body: JSON.stringify({ email, password }),
  });
  if (!res.ok) throw new Error(`login as ${email} failed: HTTP ${res.status} ${await res.text()}`);
  const jar = cookiesOf(res);
  const sid = jar.get('mendan_sid');
  if (!sid) throw new Error('login answered without a mendan_sid cookie');
  // Sending the session's CSRF cookie too keeps the server from issuing a new one per response.
  const cookie = `mendan_sid=${sid}; mendan_csrf=${jar.get('mendan_csrf') ?? csrf}`;
  const me = await fetch(`${baseUrl}/api/v1/auth/me`, { headers: { cookie } });
  if (!me.ok) throw new Error(`signed in as ${email}, but /auth/me answered HTTP ${me.status}`);
  return { cookie, roles: ((await me.json()) as { roles?: string[] }).roles ?? [] };
}

function cookiesOf(res: Response): Map<string, string> {
  const jar = new Map<string, string>();
  for (const line of res.headers.getSetCookie()) {
    const [pair] = line.split(';');
    const eq = pair!.indexOf('=');
    if (eq > 0) jar.set(pair!.slice(0, eq).trim(), pair!.slice(eq + 1).trim());
  }
  return jar;
}
