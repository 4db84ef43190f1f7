import { describe, expect, it } from 'vitest';
import { parseEqFilter, parsePaging, SCHEMA, ScimError } from './protocol';
import { PatchOp } from './schemas';
import { desiredFromPatch, desiredFromUser } from './user-model';

const ENT = SCHEMA.enterprise;
const ops = (body: unknown) => PatchOp.parse(body).Operations;

describe('SCIM filters and paging', () => {
  it('reads `attr eq "value"` with any case of the attribute and escaped quotes', () => {
    expect(parseEqFilter('UserName eq "a@example.jp"', ['userName'])).toEqual({ attr: 'userName', value: 'a@example.jp' });
    expect(parseEqFilter('displayName eq "営業\\"部"', ['displayName'])).toEqual({ attr: 'displayName', value: '営業"部' });
    expect(parseEqFilter(undefined, ['userName'])).toBeNull();
  });

  it('refuses other operators, attributes and combinations as invalidFilter', () => {
    for (const f of ['userName co "a"', 'title eq "x"', 'userName eq "a" and active eq true', 'userName eq a']) {
      expect(() => parseEqFilter(f, ['userName'])).toThrow(ScimError);
    }
  });

  it('pages from 1 and caps count', () => {
    expect(parsePaging({})).toEqual({ offset: 0, limit: 100 });
    expect(parsePaging({ startIndex: '0', count: '5000' })).toEqual({ offset: 0, limit: 200 });
    expect(parsePaging({ startIndex: '11', count: '10' })).toEqual({ offset: 10, limit: 10 });
    expect(() => parsePaging({ count: 'x' })).toThrow(ScimError);
  });
});

describe('what a provider asks of a person', () => {
  it('takes userName as the sign-in address, lower-cased, and falls back to the primary email', () => {
    expect(desiredFromUser({ userName: 'A.B@Example.JP' }, true)).toMatchObject({
      email: 'a.b@example.jp',
      familyName: 'a.b',
      givenName: '',
    });
    const d = desiredFromUser({ userName: 'ab123', emails: [{ value: 'x@example.jp' }, { value: 'Y@example.jp', primary: true }] }, true);
    expect(d.email).toBe('y@example.jp');
    expect(() => desiredFromUser({ userName: 'ab123' }, true)).toThrow(ScimError);
  });

  it('leaves out on PUT what the body does not carry', () => {
    const d = desiredFromUser({ userName: 'a@example.jp', name: { familyName: '山田' } }, false);
    expect(d).toEqual({ email: 'a@example.jp', familyName: '山田' });
  });

  it('applies Entra ID style operations: capitalised ops, string booleans, attributes without a path, enterprise URNs', () => {
    const { desired, ignored } = desiredFromPatch(
      ops({
        Operations: [
          { op: 'Replace', path: 'active', value: 'False' },
          { op: 'Add', value: { 'name.givenName': '花子', [`${ENT}:department`]: '営業部', title: '主任' } },
          { op: 'replace', path: `${ENT}:manager`, value: { value: 'm-1' } },
          { op: 'replace', path: 'addresses[type eq "work"].locality', value: '東京' },
          { op: 'remove', path: 'externalId' },
        ],
      }),
    );
    expect(desired).toEqual({
      active: false,
      givenName: '花子',
      department: '営業部',
      jobTitle: '主任',
      managerId: 'm-1',
      externalId: null,
    });
    expect(ignored).toEqual(['addresses[type eq "work"].locality']);
  });

  it('refuses removing what a person must have, and values of the wrong kind', () => {
    expect(() => desiredFromPatch(ops({ Operations: [{ op: 'remove', path: 'userName' }] }))).toThrow(ScimError);
    expect(() => desiredFromPatch(ops({ Operations: [{ op: 'replace', path: 'active', value: 'maybe' }] }))).toThrow(ScimError);
    expect(() => desiredFromPatch(ops({ Operations: [{ op: 'replace', value: 'x' }] }))).toThrow(ScimError);
    expect(() => PatchOp.parse({ Operations: [{ op: 'move', path: 'x' }] })).toThrow();
  });
});
