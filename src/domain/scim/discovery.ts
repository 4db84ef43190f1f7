import { MAX_COUNT, SCHEMA } from './protocol';

// What Mendan's SCIM server offers (RFC 7643 §5–7), for providers and validators that read it first.

export const serviceProviderConfig = (base: string) => ({
  schemas: [SCHEMA.spc],
  documentationUri: `${base.replace(/\/scim\/v2$/, '')}/`,
  patch: { supported: true },
  bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
  filter: { supported: true, maxResults: MAX_COUNT },
  changePassword: { supported: false },
  sort: { supported: false },
  etag: { supported: false },
  authenticationSchemes: [
    {
      type: 'oauthbearertoken',
      name: 'Bearer token',
      description: 'A token an administrator issued in Mendan (管理 → ディレクトリ同期)',
      primary: true,
    },
  ],
  meta: { resourceType: 'ServiceProviderConfig', location: `${base}/ServiceProviderConfig` },
});

export const resourceTypes = (base: string) => [
  {
    schemas: [SCHEMA.resourceType],
    id: 'User',
    name: 'User',
    endpoint: '/Users',
    schema: SCHEMA.user,
    schemaExtensions: [{ schema: SCHEMA.enterprise, required: false }],
    meta: { resourceType: 'ResourceType', location: `${base}/ResourceTypes/User` },
  },
  {
    schemas: [SCHEMA.resourceType],
    id: 'Group',
    name: 'Group',
    endpoint: '/Groups',
    schema: SCHEMA.group,
    meta: { resourceType: 'ResourceType', location: `${base}/ResourceTypes/Group` },
  },
];

type Attr = {
  name: string;
  type: string;
  multiValued?: boolean;
  required?: boolean;
  subAttributes?: Attr[];
  mutability?: string;
  uniqueness?: string;
};
const attr = (name: string, type = 'string', more: Partial<Attr> = {}): Attr => ({
  name,
  type,
  multiValued: false,
  required: false,
  mutability: 'readWrite',
  uniqueness: 'none',
  ...more,
});

/** Only the attributes Mendan keeps: the minimal schemas a provider needs to map its fields. */
export const schemas = (base: string) =>
  [
    {
      id: SCHEMA.user,
      name: 'User',
      attributes: [
        attr('userName', 'string', { required: true, uniqueness: 'server' }),
        attr('name', 'complex', {
          subAttributes: [attr('familyName'), attr('givenName'), attr('formatted', 'string', { mutability: 'readOnly' })],
        }),
        attr('displayName', 'string', { mutability: 'readOnly' }),
        attr('title'),
        attr('emails', 'complex', { multiValued: true, subAttributes: [attr('value'), attr('type'), attr('primary', 'boolean')] }),
        attr('active', 'boolean'),
      ],
    },
    {
      id: SCHEMA.enterprise,
      name: 'EnterpriseUser',
      attributes: [
        attr('employeeNumber', 'string', { uniqueness: 'server' }),
        attr('department'),
        attr('manager', 'complex', { subAttributes: [attr('value')] }),
      ],
    },
    {
      id: SCHEMA.group,
      name: 'Group',
      attributes: [
        attr('displayName', 'string', { required: true }),
        attr('members', 'complex', {
          multiValued: true,
          subAttributes: [attr('value', 'string', { mutability: 'immutable' }), attr('display', 'string', { mutability: 'readOnly' })],
        }),
      ],
    },
  ].map((s) => ({ schemas: [SCHEMA.schema], ...s, meta: { resourceType: 'Schema', location: `${base}/Schemas/${s.id}` } }));
