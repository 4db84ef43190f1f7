// Generated from the OpenAPI document by `npm run api:types` (src/server/api-types.ts). Do not edit.

export interface paths {
    "/api/v1/admin/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    action?: string;
                    actorId?: string;
                    entityType?: string;
                    from?: "" | string;
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    to?: "" | string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AuditPage"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/audit-access": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AuditAccess"];
                    };
                };
            };
        };
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AuditAccess"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AuditAccess"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/audit.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    action?: string;
                    actorId?: string;
                    entityType?: string;
                    from?: "" | string;
                    q?: string;
                    to?: "" | string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSV (UTF-8 with BOM, CRLF) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OutboxPage"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/outbox/{id}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OutboxMail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/retention": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RetentionSettingsView"];
                    };
                };
            };
        };
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        mode: "erase" | "anonymise";
                        retiredRetentionMonths: number | null;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RetentionSettingsView"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/scim/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ScimTokenList"];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ScimTokenCreated"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/scim/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ScimToken"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/sso": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SsoSettings"];
                    };
                };
            };
        };
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        allowedDomains: string[];
                        breakGlass: string[];
                        clientId: string;
                        createUnknown: boolean;
                        enabled: boolean;
                        issuer: "" | string;
                        ssoOnly: boolean;
                        trustUnverifiedEmail: boolean;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SsoSettings"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/sso/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        issuer: "" | string;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SsoCheck"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookOverview"];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default true */
                        enabled?: boolean;
                        events: ("round.launched" | "sheet.due" | "slots.offered" | "slot.proposed" | "plan.confirm_due" | "plan.item_overdue" | "interview.upcoming")[];
                        /** @enum {string} */
                        kind: "slack" | "teams" | "generic";
                        name: string;
                        url: string;
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookWithSecret"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Done"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        enabled?: boolean;
                        events?: ("round.launched" | "sheet.due" | "slots.offered" | "slot.proposed" | "plan.confirm_due" | "plan.item_overdue" | "interview.upcoming")[];
                        name?: string;
                        url?: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookEndpoint"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/admin/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookDeliveryList"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/webhooks/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookWithSecret"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/webhooks/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookDelivery"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/webhooks/deliveries/{id}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookDelivery"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/webhooks/slack-dm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        enabled: boolean;
                        events: ("round.launched" | "sheet.due" | "slots.offered" | "slot.proposed" | "plan.confirm_due" | "plan.item_overdue" | "interview.upcoming")[];
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SlackDmSettings"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/webhooks/slack-dm/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookDeliveryList"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LoginAnswer"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Done"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Done"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                        token: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Done"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset/request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                    };
                };
            };
            responses: {
                /** @description Accepted, whether or not the address belongs to anyone */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Done"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sso": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SsoStatus"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sso/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    code?: string;
                    error?: string;
                    error_description?: string;
                    iss?: string;
                    session_state?: string;
                    state?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Signed in: to the page asked for; refused: to /login?sso_error=… */
                302: {
                    headers: {
                        /** @description Where the browser goes next */
                        Location?: string;
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sso/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    next?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description To the identity provider, or back to /login?sso_error=… when SSO cannot start */
                302: {
                    headers: {
                        /** @description Where the browser goes next */
                        Location?: string;
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/career/framework": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CareerFramework"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/career/readiness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CareerReadiness"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DepartmentList"];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        name: string;
                        nameEn?: string | null;
                        /** Format: uuid */
                        parentId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Department"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/departments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code?: string;
                        name?: string;
                        nameEn?: string | null;
                        /** Format: uuid */
                        parentId?: string | null;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Department"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/employees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    departmentId?: string;
                    grade?: string;
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    status?: "active" | "retired" | "all";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EmployeePage"];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        departmentId?: string | null;
                        email: string;
                        employeeNumber: string;
                        familyName: string;
                        familyNameKana?: string | null;
                        givenName: string;
                        givenNameKana?: string | null;
                        grade?: string | null;
                        /** Format: date */
                        hireDate?: string | null;
                        jobTitle?: string | null;
                        /** @enum {string} */
                        locale?: "ja" | "en";
                        /** Format: uuid */
                        managerId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EmployeeDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/employees/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EmployeeDetail"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        departmentId?: string | null;
                        email?: string;
                        employeeNumber?: string;
                        familyName?: string;
                        familyNameKana?: string | null;
                        givenName?: string;
                        givenNameKana?: string | null;
                        grade?: string | null;
                        /** Format: date */
                        hireDate?: string | null;
                        jobTitle?: string | null;
                        /** @enum {string} */
                        locale?: "ja" | "en";
                        /** Format: uuid */
                        managerId?: string | null;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EmployeeDetail"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/employees/{id}/career": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EmployeeCareer"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/employees/{id}/data-export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DataExport"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/employees/{id}/erase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        confirmEmployeeNumber: string;
                        /** @enum {string} */
                        mode?: "erase" | "anonymise";
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErasureDone"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/employees/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EmployeeHistory"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/employees/{id}/history/consent-request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HistoryConsentState"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/employees/{id}/history/override": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        /** Format: uuid */
                        viewerId: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HistoryConsentState"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/employees/{id}/inventory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SkillInventory"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/employees/{id}/reflection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReflectionCard"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/employees/{id}/reinstate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EmployeeDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/employees/{id}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        /** Format: date */
                        retiredOn?: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EmployeeDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/employees/{id}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        roles: ("hr" | "admin")[];
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EmployeeDetail"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/employees/{id}/wishes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EmployeeWishes"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ExportJobList"];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "roundProgress" | "coverage" | "outcomes";
                        params: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ExportJob"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/{id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The exported file (CSV, UTF-8 with BOM) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/career-paths.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description UTF-8 CSV with BOM, import column order */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/departments.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description UTF-8 CSV with BOM */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/employees.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    departmentId?: string;
                    grade?: string;
                    q?: string;
                    status?: "active" | "retired" | "all";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description UTF-8 CSV with BOM, import column order */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The process is alive */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Health"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hiring/hearings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HearingList"];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        dueOn: string;
                        managerIds: string[];
                        message?: string;
                        /** Format: uuid */
                        roleId?: string;
                        roleName?: string;
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HearingCreated"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hiring/hearings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HearingDetail"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted, with its sheets and draft criteria */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hiring/hearings/{id}/criteria": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        criteria: {
                            /** @enum {string} */
                            section: "results" | "behaviours" | "skills" | "traits" | "hiring" | "other";
                            skill: string | null;
                            text: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HearingDetail"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hiring/hearings/{id}/criteria.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description UTF-8 CSV with BOM: the draft hiring criteria */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hiring/hearings/{id}/remind": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Queues a reminder (in-app and mail) to the managers who have not submitted their sheet. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HearingReminded"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{kind}/commit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    kind: "employees" | "departments" | "careerPaths";
                };
                cookie?: never;
            };
            /** @description The CSV file as raw bytes (UTF-8 with or without BOM, or Shift_JIS) */
            requestBody: {
                content: {
                    "text/csv": string;
                };
            };
            responses: {
                /** @description NDJSON: progress lines, then a done or an error line (each an ImportEvent) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/x-ndjson": components["schemas"]["ImportEvent"];
                    };
                };
                /** @description Invalid rows: nothing written; the body is an ImportEvent of type error, with the rows */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{kind}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: {
                    rows?: "all" | "invalid";
                };
                header?: never;
                path: {
                    kind: "employees" | "departments" | "careerPaths";
                };
                cookie?: never;
            };
            /** @description The CSV file as raw bytes (UTF-8 with or without BOM, or Shift_JIS) */
            requestBody: {
                content: {
                    "text/csv": string;
                };
            };
            responses: {
                /** @description Every row checked; nothing written */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportPreview"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/insight/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    departmentId?: string;
                    months?: number;
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Coverage"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/insight/outcomes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    from: string;
                    refresh?: "true" | "false";
                    to: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Outcomes"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/insight/reflection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    period?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReflectionOverview"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/insight/reflection.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    period?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description UTF-8 CSV with BOM: the same rows and suppression as the screen */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/insight/themes/{roundId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    roundId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Themes"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/insight/themes/{roundId}/answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    page?: number;
                    word: string;
                };
                header?: never;
                path: {
                    roundId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ThemeAnswers"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/insight/themes/{roundId}/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    roundId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Themes"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/insight/trends": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    dimension?: "department" | "grade" | "tenure";
                    field?: string;
                    refresh?: "true" | "false";
                    rounds?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Trends"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    roundId?: string;
                    state?: "unscheduled" | "scheduled" | "done";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InterviewQueuePage"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interviews/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InterviewView"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interviews/{id}/follow-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        heldOn: string;
                        items: {
                            /** Format: uuid */
                            itemId: string;
                            /** @default  */
                            note?: string;
                            /** @enum {string} */
                            status: "open" | "inProgress" | "done" | "dropped";
                        }[];
                        /** @default  */
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FollowUpAdded"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interviews/{id}/forms/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    kind: "sheet" | "survey";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FormView"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interviews/{id}/forms/{kind}/answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    kind: "sheet" | "survey";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        answers: {
                            [key: string]: {
                                /** @default false */
                                hrOnly?: boolean;
                                value?: unknown;
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AnswersSaved"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interviews/{id}/forms/{kind}/copy-previous": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    kind: "sheet" | "survey";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AnswersCopied"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interviews/{id}/forms/{kind}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    kind: "sheet" | "survey";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FormView"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interviews/{id}/forms/{kind}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    kind: "sheet" | "survey";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FormView"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interviews/{id}/held": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: {
                    early?: "true" | "false";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Done"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interviews/{id}/invite.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The appointment as an iCalendar invitation */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/calendar": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interviews/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                        /** @enum {string} */
                        visibility: "shared" | "hr_manager" | "private";
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NoteSaved"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interviews/{id}/plan/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        revision: number;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ActionPlan"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interviews/{id}/plan/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @default null
                         */
                        dueOn?: string | null;
                        /** @enum {string} */
                        owner: "employee" | "manager" | "hr";
                        /** @default  */
                        target?: string;
                        what: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlanItem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interviews/{id}/prep": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InterviewPrep"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interviews/{id}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default  */
                        comment?: string;
                        rating: number;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InterviewRating"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interviews/{id}/record": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InterviewRecord"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        base: {
                            agenda?: {
                                done: boolean;
                                id: string;
                                /** @enum {string} */
                                kind: "theme" | "sheet" | "plan" | "question" | "custom";
                                label: string;
                            }[];
                            alignmentDirection?: string;
                            alignmentGrowth?: string;
                            alignmentPolicy?: string;
                            alignmentWish?: string;
                            /** @enum {string} */
                            followRhythm?: "none" | "weekly" | "biweekly" | "monthly" | "quarterly";
                            landingPoint?: string;
                            /** Format: date */
                            nextInterviewOn?: string | null;
                        };
                        changes: {
                            agenda?: {
                                done: boolean;
                                id: string;
                                /** @enum {string} */
                                kind: "theme" | "sheet" | "plan" | "question" | "custom";
                                label: string;
                            }[];
                            alignmentDirection?: string;
                            alignmentGrowth?: string;
                            alignmentPolicy?: string;
                            alignmentWish?: string;
                            /** @enum {string} */
                            followRhythm?: "none" | "weekly" | "biweekly" | "monthly" | "quarterly";
                            landingPoint?: string;
                            /** Format: date */
                            nextInterviewOn?: string | null;
                        };
                        version: number;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RecordFieldsView"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/interviews/{id}/reflection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReflectionStatus"];
                    };
                };
            };
        };
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default  */
                        comment?: string;
                        followUp: number;
                        listen: number;
                        strengths: number;
                        support: number;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReflectionStatus"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interviews/{id}/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        location?: string;
                        /** @enum {string} */
                        locationType?: "room" | "online";
                        /** Format: uuid */
                        slotId: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SlotsView"];
                    };
                };
            };
        };
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SlotsView"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interviews/{id}/slots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SlotsView"];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        slots: {
                            /** Format: date-time */
                            end: string;
                            location: string;
                            /** @enum {string} */
                            locationType: "room" | "online";
                            /** @default  */
                            note?: string;
                            /** Format: date-time */
                            start: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SlotsView"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interviews/{id}/slots/{slotId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    slotId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SlotsView"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interviews/{id}/slots/propose": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        end: string;
                        /** @default  */
                        location?: string;
                        /**
                         * @default room
                         * @enum {string}
                         */
                        locationType?: "room" | "online";
                        /** @default  */
                        note?: string;
                        /** Format: date-time */
                        start: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SlotsView"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/career": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MyCareer"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/career/goal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        roleId: string;
                        /** @enum {string} */
                        term: "short" | "mid" | "long";
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MyCareer"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/data-export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DataExport"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/hearings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HearingSheet"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/hearings/{id}/answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        answers: {
                            [key: string]: {
                                /** @default false */
                                hrOnly?: boolean;
                                value?: unknown;
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AnswersSaved"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/hearings/{id}/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description People the manager may pick as the high performer of their sheet: name and department only. */
        get: {
            parameters: {
                query?: {
                    q?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PerformerPicks"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/hearings/{id}/performer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        performerId: string | null;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PerformerSaved"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/hearings/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HearingSheet"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EmployeeHistory"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/history-consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HistoryConsentList"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/history-consents/{id}/decide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        grant: boolean;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HistoryConsentState"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/interviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MyInterviewList"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/inventory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SkillInventory"];
                    };
                };
            };
        };
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        items: {
                            /** @default  */
                            description?: string;
                            /** @enum {string} */
                            kind: "experience" | "achievement";
                            periodFrom?: string | null;
                            periodTo?: string | null;
                            title: string;
                        }[];
                        skills: {
                            level: number;
                            name: string;
                            /** @default  */
                            note?: string;
                            years?: number | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SkillInventory"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/locale": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        locale: "ja" | "en";
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Done"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/reflection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReflectionCard"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/reflections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MyReflections"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/team-progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    refresh?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TeamProgress"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/todo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HomeTodo"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/wishes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MyWishes"];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @default null
                         */
                        desiredDepartmentId?: string | null;
                        /** @default  */
                        desiredRole?: string;
                        /** @enum {string} */
                        disclosure: "manager_hr" | "hr_only";
                        /** @enum {string} */
                        kind: "transfer" | "careerPath";
                        /** @default  */
                        note?: string;
                        /**
                         * @default depends
                         * @enum {string}
                         */
                        relocation?: "ok" | "no" | "depends";
                        /** @enum {string} */
                        timeframe: "within1y" | "in1to3y" | "over3y";
                        /**
                         * @default undecided
                         * @enum {string}
                         */
                        track?: "management" | "specialist" | "undecided";
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CareerWish"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query: {
                    version: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Done"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body?: string;
                        version: number;
                        /** @enum {string} */
                        visibility?: "shared" | "hr_manager" | "private";
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NoteSaved"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NotificationList"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        ids?: string[];
                    };
                };
            };
            responses: {
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plan-items/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query: {
                    version: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Done"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        dueOn?: string | null;
                        /** @enum {string} */
                        owner?: "employee" | "manager" | "hr";
                        position?: number;
                        progressNote?: string;
                        /** @enum {string} */
                        status?: "open" | "inProgress" | "done" | "dropped";
                        target?: string;
                        version: number;
                        what?: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlanItem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/plan-items/{id}/gap": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @default other
                         * @enum {string}
                         */
                        kind?: "training" | "assignment" | "mentor" | "other";
                        skill: string | null;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlanItem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/positions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    status?: "open" | "closed" | "all";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PositionPage"];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default null */
                        careerRoleCode?: string | null;
                        /**
                         * Format: uuid
                         * @default null
                         */
                        departmentId?: string | null;
                        /** @default  */
                        description?: string;
                        /** @enum {string} */
                        kind: "position" | "project";
                        /** @default [] */
                        requiredSkills?: string[];
                        /**
                         * @default open
                         * @enum {string}
                         */
                        status?: "open" | "closed";
                        title: string;
                        /**
                         * @default undecided
                         * @enum {string}
                         */
                        track?: "management" | "specialist" | "undecided";
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Position"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/positions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Position"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        careerRoleCode?: string | null;
                        /** Format: uuid */
                        departmentId?: string | null;
                        description?: string;
                        /** @enum {string} */
                        kind?: "position" | "project";
                        requiredSkills?: string[];
                        /** @enum {string} */
                        status?: "open" | "closed";
                        title?: string;
                        /** @enum {string} */
                        track?: "management" | "specialist" | "undecided";
                        version: number;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Position"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/positions/{id}/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    skills?: "true" | "false";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CandidatePage"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    includeRetired?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["QuestionBank"];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        category: "currentWork" | "achievements" | "careerGoals" | "skillsGrowth" | "workStyle" | "issuesSupport" | "closing";
                        sortOrder?: number;
                        text: {
                            en?: string;
                            ja: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BankQuestion"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/questions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        category?: "currentWork" | "achievements" | "careerGoals" | "skillsGrowth" | "workStyle" | "issuesSupport" | "closing";
                        sortOrder?: number;
                        /** @enum {string} */
                        status?: "active" | "retired";
                        text?: {
                            en?: string;
                            ja: string;
                        };
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BankQuestion"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Ready to serve */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Readiness"];
                    };
                };
                /** @description Not ready: the database does not answer or the job queue is stopped */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Readiness"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    status?: "draft" | "launching" | "launched" | "closed" | "started" | "all";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RoundPage"];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @default manager
                         * @enum {string}
                         */
                        interviewerRule?: "manager" | "hrPartner";
                        /** @default  */
                        message?: string;
                        name: string;
                        participants: {
                            /** @default false */
                            all?: boolean;
                            /** @default [] */
                            departmentIds?: string[];
                            /** @default [] */
                            employeeIds?: string[];
                            /** @default [] */
                            grades?: string[];
                        };
                        /** Format: date */
                        periodEnd: string;
                        /** Format: date */
                        periodStart: string;
                        /** Format: date */
                        prepDueOn?: string | null;
                        /** Format: uuid */
                        sheetTemplateId?: string | null;
                        /** Format: uuid */
                        surveyTemplateId?: string | null;
                        /** @default [] */
                        themes?: {
                            description: {
                                en?: string;
                                ja: string;
                            };
                            title: {
                                en?: string;
                                ja: string;
                            };
                        }[];
                        /** @enum {string} */
                        type: "career" | "oneOnOne" | "followUp";
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RoundView"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rounds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RoundView"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        interviewerRule?: "manager" | "hrPartner";
                        message?: string;
                        name?: string;
                        participants?: {
                            /** @default false */
                            all?: boolean;
                            /** @default [] */
                            departmentIds?: string[];
                            /** @default [] */
                            employeeIds?: string[];
                            /** @default [] */
                            grades?: string[];
                        };
                        /** Format: date */
                        periodEnd?: string;
                        /** Format: date */
                        periodStart?: string;
                        /** Format: date */
                        prepDueOn?: string | null;
                        /** Format: uuid */
                        sheetTemplateId?: string | null;
                        /** Format: uuid */
                        surveyTemplateId?: string | null;
                        themes?: {
                            description: {
                                en?: string;
                                ja: string;
                            };
                            title: {
                                en?: string;
                                ja: string;
                            };
                        }[];
                        /** @enum {string} */
                        type?: "career" | "oneOnOne" | "followUp";
                        version: number;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RoundView"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/rounds/{id}/answers.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    kind: "sheet" | "survey";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Submitted answers, UTF-8 CSV with BOM */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rounds/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RoundView"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rounds/{id}/forms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RoundForms"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rounds/{id}/interviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    departmentId?: string;
                    interviewerId?: string;
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    unassigned?: "true" | "false";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RoundAssignmentPage"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rounds/{id}/launch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RoundView"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rounds/{id}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    refresh?: "true" | "false";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RoundProgress"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rounds/{id}/ratings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    refresh?: "true" | "false";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RoundRatings"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rounds/{id}/reassign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        interviewerId: string;
                        interviewIds: string[];
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReassignResult"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rounds/{id}/remind": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        target: "sheet" | "survey" | "schedule";
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RemindQueued"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rounds/{id}/risks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    refresh?: "true" | "false";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RiskPage"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rounds/{id}/risks/{employeeId}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    employeeId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "contacted" | "followUp" | "watch" | "dismissed";
                        /** @default  */
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RiskActionView"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rounds/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @default manager
                         * @enum {string}
                         */
                        interviewerRule?: "manager" | "hrPartner";
                        participants: {
                            /** @default false */
                            all?: boolean;
                            /** @default [] */
                            departmentIds?: string[];
                            /** @default [] */
                            employeeIds?: string[];
                            /** @default [] */
                            grades?: string[];
                        };
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ParticipantPreview"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings/reflection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReflectionSettingsView"];
                    };
                };
            };
        };
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        managerSees: boolean;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReflectionSettingsView"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings/scheduling": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SchedulingSettings"];
                    };
                };
            };
        };
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        busyMinutes: number;
                        workdayEnd: string;
                        workdayStart: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SchedulingSettings"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SetupState"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/setup/admin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        familyName: string;
                        givenName: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LoginAnswer"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/setup/demo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DemoLoad"];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The demo load is queued */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DemoLoad"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suggestion-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SuggestionRuleList"];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default true */
                        active?: boolean;
                        /** @default  */
                        fieldId?: string;
                        /** @enum {string} */
                        op: "lte" | "gte" | "answered" | "includes" | "overdue";
                        /** Format: uuid */
                        questionId: string;
                        /** @enum {string} */
                        source: "sheet" | "survey" | "plan";
                        /** @default null */
                        value?: number | string | null;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SuggestionRuleSaved"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suggestion-rules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default true */
                        active?: boolean;
                        /** @default  */
                        fieldId?: string;
                        /** @enum {string} */
                        op: "lte" | "gte" | "answered" | "includes" | "overdue";
                        /** Format: uuid */
                        questionId: string;
                        /** @enum {string} */
                        source: "sheet" | "survey" | "plan";
                        /** @default null */
                        value?: number | string | null;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SuggestionRuleSaved"];
                    };
                };
            };
        };
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Done"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    kind?: "sheet" | "survey" | "hearing";
                    status?: "active" | "retired" | "all";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TemplateList"];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        definition: {
                            sections: {
                                description?: {
                                    en?: string;
                                    ja: string;
                                };
                                fields: {
                                    help?: {
                                        en?: string;
                                        ja: string;
                                    };
                                    id: string;
                                    label: {
                                        en?: string;
                                        ja: string;
                                    };
                                    options?: {
                                        id: string;
                                        label: {
                                            en?: string;
                                            ja: string;
                                        };
                                    }[];
                                    /** @default false */
                                    required?: boolean;
                                    scaleLabels?: {
                                        max: {
                                            en?: string;
                                            ja: string;
                                        };
                                        min: {
                                            en?: string;
                                            ja: string;
                                        };
                                    };
                                    /** @enum {string} */
                                    type: "shortText" | "longText" | "scale" | "single" | "multi" | "date" | "skills" | "goals";
                                }[];
                                id: string;
                                title: {
                                    en?: string;
                                    ja: string;
                                };
                            }[];
                        };
                        /** @enum {string} */
                        kind: "sheet" | "survey";
                        name: {
                            en?: string;
                            ja: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TemplateDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/templates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TemplateDetail"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        definition?: {
                            sections: {
                                description?: {
                                    en?: string;
                                    ja: string;
                                };
                                fields: {
                                    help?: {
                                        en?: string;
                                        ja: string;
                                    };
                                    id: string;
                                    label: {
                                        en?: string;
                                        ja: string;
                                    };
                                    options?: {
                                        id: string;
                                        label: {
                                            en?: string;
                                            ja: string;
                                        };
                                    }[];
                                    /** @default false */
                                    required?: boolean;
                                    scaleLabels?: {
                                        max: {
                                            en?: string;
                                            ja: string;
                                        };
                                        min: {
                                            en?: string;
                                            ja: string;
                                        };
                                    };
                                    /** @enum {string} */
                                    type: "shortText" | "longText" | "scale" | "single" | "multi" | "date" | "skills" | "goals";
                                }[];
                                id: string;
                                title: {
                                    en?: string;
                                    ja: string;
                                };
                            }[];
                        };
                        name?: {
                            en?: string;
                            ja: string;
                        };
                        version: number;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TemplateDetail"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/templates/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "active" | "retired";
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TemplateDetail"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/themes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    includeRetired?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InterviewThemeList"];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description: {
                            en?: string;
                            ja: string;
                        };
                        sortOrder?: number;
                        title: {
                            en?: string;
                            ja: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InterviewTheme"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/themes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description?: {
                            en?: string;
                            ja: string;
                        };
                        sortOrder?: number;
                        /** @enum {string} */
                        status?: "active" | "retired";
                        title?: {
                            en?: string;
                            ja: string;
                        };
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InterviewTheme"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/wishes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    kind?: "transfer" | "careerPath";
                    page?: number;
                    pageSize?: number;
                    status?: "open" | "all" | "new" | "considered" | "offered" | "moved" | "notNow" | "withdrawn";
                    track?: "management" | "specialist" | "undecided";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WishPage"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/wishes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @default null
                         */
                        desiredDepartmentId?: string | null;
                        /** @default  */
                        desiredRole?: string;
                        /** @enum {string} */
                        disclosure: "manager_hr" | "hr_only";
                        /** @enum {string} */
                        kind: "transfer" | "careerPath";
                        /** @default  */
                        note?: string;
                        /**
                         * @default depends
                         * @enum {string}
                         */
                        relocation?: "ok" | "no" | "depends";
                        /** @enum {string} */
                        timeframe: "within1y" | "in1to3y" | "over3y";
                        /**
                         * @default undecided
                         * @enum {string}
                         */
                        track?: "management" | "specialist" | "undecided";
                        version: number;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CareerWish"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/wishes/{id}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        decision: "considered" | "offered" | "moved" | "notNow";
                        /** @default  */
                        message?: string;
                        /** @default  */
                        note?: string;
                        /**
                         * Format: uuid
                         * @default null
                         */
                        positionId?: string | null;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CareerWish"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/wishes/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CareerWish"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ActionPlan: {
            carried: components["schemas"]["CarriedPlanItem"][];
            confirmed: boolean;
            /** Format: date-time */
            employeeConfirmedAt: string | null;
            gapOptions: {
                gaps: {
                    current: number;
                    expected: number;
                    met: boolean;
                    name: string;
                }[];
                roleName: string;
            } | null;
            hiddenCarried: number;
            history: {
                /** Format: date-time */
                confirmedAt: string;
                items: {
                    /** Format: date */
                    dueOn: string | null;
                    /** Format: uuid */
                    id: string;
                    /** @enum {string} */
                    owner: "employee" | "manager" | "hr";
                    /** @enum {string} */
                    status: "open" | "inProgress" | "done" | "dropped";
                    target: string;
                    what: string;
                }[];
                /** @enum {string} */
                party: "employee" | "interviewer";
                revision: number;
            }[];
            /** Format: date-time */
            interviewerConfirmedAt: string | null;
            items: components["schemas"]["PlanItem"][];
            revision: number;
        };
        AgendaItem: {
            done: boolean;
            id: string;
            /** @enum {string} */
            kind: "theme" | "sheet" | "plan" | "question" | "custom";
            label: string;
        };
        AnswersCopied: {
            copied: number;
        };
        AnswersSaved: {
            /** Format: date-time */
            savedAt: string;
        };
        AuditAccess: {
            hrRead: boolean;
        };
        AuditEntry: {
            action: string;
            actor: {
                familyName: string | null;
                givenName: string | null;
                /** Format: uuid */
                id: string;
            } | null;
            /** Format: date-time */
            at: string;
            detail: {
                [key: string]: unknown;
            } | null;
            entityId: string | null;
            entityType: string;
            id: number;
            ip: string | null;
            target: string | null;
        };
        AuditPage: {
            items: components["schemas"]["AuditEntry"][];
            page: number;
            pageSize: number;
            total: number;
            totalCapped: boolean;
        };
        BankQuestion: {
            /** @enum {string} */
            category: "currentWork" | "achievements" | "careerGoals" | "skillsGrowth" | "workStyle" | "issuesSupport" | "closing";
            /** Format: uuid */
            id: string;
            isDefault: boolean;
            sortOrder: number;
            /** @enum {string} */
            status: "active" | "retired";
            text: {
                en?: string;
                ja: string;
            };
        };
        Candidate: {
            employee: components["schemas"]["PlacementPerson"] | null;
            gap: {
                shortfall: number;
                skills: {
                    current: number;
                    expected: number;
                    met: boolean;
                    name: string;
                }[];
            } | null;
            reasons: components["schemas"]["CandidateReason"][];
            score: number;
            wish: components["schemas"]["CareerWish"] | null;
        };
        CandidatePage: {
            /** Format: date-time */
            asOf: string;
            careerRole: {
                name: string;
                skills: {
                    level: number;
                    name: string;
                }[];
            } | null;
            items: components["schemas"]["Candidate"][];
            page: number;
            pageSize: number;
            position: components["schemas"]["Position"];
            shortlist: number;
            total: number;
            totalCapped: boolean;
        };
        CandidateReason: {
            caution: boolean;
            /** @enum {string} */
            code: "departmentExact" | "departmentWithin" | "role" | "track" | "trackUndecided" | "trackDiffers" | "skills" | "noSkills" | "timeframe" | "relocation" | "noRelocation" | "noWish" | "roleFit";
            points: number;
            text: string;
        };
        CareerFramework: {
            roles: components["schemas"]["CareerRole"][];
            version: {
                /** Format: date-time */
                createdAt: string;
                number: number;
            } | null;
        };
        CareerGoal: {
            /** Format: date-time */
            chosenAt: string;
            currentVersion: boolean;
            from: {
                grade: string;
                name: string;
            } | null;
            gaps: {
                current: number;
                expected: number;
                met: boolean;
                name: string;
            }[];
            /** Format: uuid */
            id: string;
            role: components["schemas"]["CareerRole"];
            /** @enum {string} */
            term: "short" | "mid" | "long";
            versionNumber: number;
        } | null;
        CareerReadiness: {
            departments: {
                /** Format: uuid */
                id: string;
                name: string;
                nameEn: string | null;
                suppressed: boolean;
            }[];
            minGroup: number;
            roles: {
                byDepartment: {
                    /** Format: uuid */
                    departmentId: string;
                    oneStep: number | null;
                    ready: number | null;
                    suppressed: boolean;
                }[];
                code: string;
                familyName: string;
                grade: string;
                name: string;
                /** Format: uuid */
                roleId: string;
                total: {
                    oneStep: number | null;
                    ready: number | null;
                    suppressed: boolean;
                };
                /** @enum {string} */
                track: "management" | "specialist" | "common";
            }[];
            version: {
                /** Format: date-time */
                createdAt: string;
                number: number;
            } | null;
        };
        CareerRole: {
            code: string;
            departmentCodes: string[];
            familyCode: string;
            familyName: string;
            grade: string;
            /** Format: uuid */
            id: string;
            level: number;
            name: string;
            next: string[];
            skills: {
                level: number;
                name: string;
            }[];
            /** @enum {string} */
            track: "management" | "specialist" | "common";
        };
        CareerWish: {
            can: {
                decide: boolean;
                edit: boolean;
                withdraw: boolean;
            };
            /** Format: date-time */
            createdAt: string;
            decision: components["schemas"]["WishDecision"] | null;
            desiredDepartment: {
                /** Format: uuid */
                id: string;
                name: string;
                nameEn: string | null;
            } | null;
            desiredRole: string;
            /** @enum {string} */
            disclosure: "manager_hr" | "hr_only";
            /** Format: uuid */
            employeeId: string;
            history?: components["schemas"]["WishDecisionRecord"][];
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "transfer" | "careerPath";
            note: string;
            /** @enum {string} */
            relocation: "ok" | "no" | "depends";
            /** @enum {string} */
            state: "new" | "considered" | "offered" | "moved" | "notNow" | "withdrawn";
            /** @enum {string} */
            status: "open" | "withdrawn";
            /** @enum {string} */
            timeframe: "within1y" | "in1to3y" | "over3y";
            /** @enum {string} */
            track: "management" | "specialist" | "undecided";
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        CarriedPlanItem: {
            /** Format: date */
            dueOn: string | null;
            gap: components["schemas"]["ItemGap"];
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            interviewId: string;
            /** @enum {string} */
            owner: "employee" | "manager" | "hr";
            position: number;
            progressNote: string;
            round: string;
            /** @enum {string} */
            status: "open" | "inProgress" | "done" | "dropped";
            target: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
            what: string;
        };
        Coverage: {
            items: components["schemas"]["NotInterviewed"][];
            months: number;
            next: {
                /** Format: uuid */
                id: string;
                lastInterviewAt: string;
            } | null;
            page: number;
            pageSize: number;
            /** Format: date-time */
            since: string;
            total: number;
            totalCapped: boolean;
        };
        DataExport: {
            career: components["schemas"]["EmployeeCareer"];
            consents: {
                /** Format: date-time */
                decidedAt: string | null;
                /** Format: uuid */
                id: string;
                overrideReason: string | null;
                /** @enum {string} */
                status: "requested" | "granted" | "declined" | "overridden";
                /** Format: date-time */
                updatedAt: string;
                viewer: {
                    familyName: string;
                    givenName: string;
                    /** Format: uuid */
                    id: string;
                };
            }[];
            day: string;
            /** @enum {string} */
            format: "mendan-data-export";
            /** Format: date-time */
            generatedAt: string;
            hearings: {
                named: components["schemas"]["HearingSheetExport"][];
                written: components["schemas"]["HearingSheetExport"][];
            };
            interviews: components["schemas"]["DataExportInterview"][];
            inventory: components["schemas"]["SkillInventory"];
            notifications: {
                /** Format: date-time */
                createdAt: string;
                /** Format: uuid */
                id: string;
                kind: string;
                link: string | null;
                read: boolean;
                text: string;
            }[];
            profile: components["schemas"]["EmployeeDetail"];
            reason: string | null;
            /** @enum {string} */
            scope: "self" | "hr";
            /** @enum {number} */
            version: 1;
            wishes: components["schemas"]["CareerWish"][];
        };
        DataExportInterview: {
            interview: components["schemas"]["InterviewView"];
            record: components["schemas"]["InterviewRecord"] | null;
            sheet: components["schemas"]["FormView"] | null;
            survey: components["schemas"]["FormView"] | null;
        };
        DemoLoad: {
            done: number;
            password: string | null;
            signIns: components["schemas"]["DemoSignIn"][];
            /** @enum {string} */
            status: "queued" | "running" | "done" | "failed";
            /** @enum {string|null} */
            step: "departments" | "employees" | "signIns" | "history" | "figures" | null;
            total: number;
        };
        DemoSignIn: {
            email: string;
            familyName: string;
            givenName: string;
            /** @enum {string} */
            role: "admin" | "hr" | "manager" | "employee";
            title: string;
        };
        Department: {
            code: string;
            employeeCount: number;
            /** Format: uuid */
            id: string;
            name: string;
            nameEn: string | null;
            /** Format: uuid */
            parentId: string | null;
        };
        DepartmentList: {
            items: components["schemas"]["Department"][];
        };
        Done: {
            ok: boolean;
        };
        EmployeeCareer: {
            currentRole: {
                grade: string;
                name: string;
            } | null;
            /** Format: uuid */
            employeeId: string;
            goal: components["schemas"]["CareerGoal"];
        };
        EmployeeDetail: {
            can: {
                edit: boolean;
                erase: boolean;
                exportFile: boolean;
                manageRoles: boolean;
                retire: boolean;
            };
            department: {
                code: string;
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            email: string;
            employeeNumber: string;
            familyName: string;
            familyNameKana: string | null;
            givenName: string;
            givenNameKana: string | null;
            grade: string | null;
            /** Format: date */
            hireDate: string | null;
            /** Format: uuid */
            id: string;
            jobTitle: string | null;
            /** @enum {string} */
            locale: "ja" | "en";
            manager: {
                familyName: string;
                givenName: string;
                /** Format: uuid */
                id: string;
            } | null;
            /** Format: date */
            retiredOn: string | null;
            roles?: ("hr" | "admin")[];
            /** @enum {string} */
            status: "active" | "retired";
            version: number;
        };
        EmployeeHistory: {
            consent: {
                canOverride: boolean;
                canRequest: boolean;
                /** @enum {string} */
                status: "none" | "requested" | "granted" | "declined" | "overridden";
                viewers: {
                    familyName: string;
                    givenName: string;
                    /** Format: uuid */
                    id: string;
                    /** @enum {string} */
                    status: "none" | "requested" | "granted" | "declined" | "overridden";
                }[];
            } | null;
            /** Format: uuid */
            employeeId: string;
            entries: ({
                /** @enum {string} */
                access: "locked";
                /** Format: uuid */
                interviewId: string;
                round: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                    /** Format: date */
                    periodEnd: string;
                    /** Format: date */
                    periodStart: string;
                    /** @enum {string} */
                    type: "career" | "oneOnOne" | "followUp";
                };
                /** @enum {string} */
                status: "preparing" | "scheduled" | "done" | "cancelled";
            } | {
                /** @enum {string} */
                access: "full" | "shared" | "pending";
                direction: string;
                followUps: {
                    /** Format: date */
                    heldOn: string;
                    /** Format: uuid */
                    id: string;
                    note: string;
                }[];
                /** Format: date-time */
                heldAt: string | null;
                /** Format: uuid */
                interviewId: string;
                items: components["schemas"]["PlanItem"][];
                /** Format: date */
                nextInterviewOn: string | null;
                round: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                    /** Format: date */
                    periodEnd: string;
                    /** Format: date */
                    periodStart: string;
                    /** @enum {string} */
                    type: "career" | "oneOnOne" | "followUp";
                };
                sheet: {
                    /** @enum {string} */
                    status: "draft" | "submitted";
                    /** Format: date-time */
                    submittedAt: string | null;
                } | null;
                /** @enum {string} */
                status: "preparing" | "scheduled" | "done" | "cancelled";
            })[];
            hasMore: boolean;
            page: number;
        };
        EmployeePage: {
            items: components["schemas"]["EmployeeSummary"][];
            page: number;
            pageSize: number;
            total: number;
            totalCapped: boolean;
        };
        EmployeeSummary: {
            department: {
                code: string;
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            email: string;
            employeeNumber: string;
            familyName: string;
            familyNameKana: string | null;
            givenName: string;
            givenNameKana: string | null;
            grade: string | null;
            /** Format: uuid */
            id: string;
            jobTitle: string | null;
            /** @enum {string} */
            status: "active" | "retired";
        };
        EmployeeWishes: {
            employee: components["schemas"]["PlacementPerson"] | null;
            items: components["schemas"]["CareerWish"][];
        };
        ErasureDone: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            mode: "erase" | "anonymise";
            rows: number;
        };
        ExportJob: {
            /** Format: date-time */
            createdAt: string;
            done: number;
            fileName: string | null;
            /** Format: date-time */
            finishedAt: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "roundProgress" | "coverage" | "outcomes";
            size: number | null;
            /** @enum {string} */
            status: "queued" | "running" | "done" | "failed";
            total: number;
        };
        ExportJobList: {
            items: components["schemas"]["ExportJob"][];
        };
        FollowUp: {
            author: {
                familyName: string;
                givenName: string;
            };
            /** Format: date */
            heldOn: string;
            /** Format: uuid */
            id: string;
            items: {
                gap: components["schemas"]["ItemGap"];
                /** Format: uuid */
                itemId: string;
                note: string;
                /** @enum {string} */
                status: "open" | "inProgress" | "done" | "dropped";
                what: string;
            }[];
            note: string;
        };
        FollowUpAdded: {
            /** Format: uuid */
            id: string;
        };
        FormDefinition: {
            sections: {
                description?: {
                    en?: string;
                    ja: string;
                };
                fields: {
                    help?: {
                        en?: string;
                        ja: string;
                    };
                    id: string;
                    label: {
                        en?: string;
                        ja: string;
                    };
                    options?: {
                        id: string;
                        label: {
                            en?: string;
                            ja: string;
                        };
                    }[];
                    required: boolean;
                    scaleLabels?: {
                        max: {
                            en?: string;
                            ja: string;
                        };
                        min: {
                            en?: string;
                            ja: string;
                        };
                    };
                    /** @enum {string} */
                    type: "shortText" | "longText" | "scale" | "single" | "multi" | "date" | "skills" | "goals";
                }[];
                id: string;
                title: {
                    en?: string;
                    ja: string;
                };
            }[];
        };
        FormView: {
            answers: {
                [key: string]: {
                    hrOnly: boolean;
                    value: string | number | string[] | {
                        long: string;
                        mid: string;
                        short: string;
                    } | null;
                };
            };
            can: {
                edit: boolean;
                markHrOnly: boolean;
                withdraw: boolean;
            };
            definition: components["schemas"]["FormDefinition"];
            hidden: string[];
            /** @enum {string} */
            kind: "sheet" | "survey";
            /** @enum {string} */
            status: "notStarted" | "draft" | "submitted";
            /** Format: date-time */
            submittedAt: string | null;
            /** Format: date-time */
            updatedAt: string | null;
        };
        Health: {
            /** @enum {string} */
            driver: "pglite" | "pg";
            ok: boolean;
        };
        HearingCreated: {
            id: string;
        };
        HearingDetail: {
            /** Format: date-time */
            createdAt: string;
            criteria: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                section: "results" | "behaviours" | "skills" | "traits" | "hiring" | "other";
                skill: string | null;
                text: string;
            }[];
            definition: components["schemas"]["FormDefinition"];
            /** Format: date */
            dueOn: string | null;
            /** Format: uuid */
            id: string;
            message: string;
            requests: {
                /** Format: uuid */
                id: string;
                manager: {
                    familyName: string;
                    givenName: string;
                    /** Format: uuid */
                    id: string;
                };
                performer: {
                    department: string | null;
                    familyName: string;
                    givenName: string;
                    /** Format: uuid */
                    id: string;
                } | null;
                /** @enum {string} */
                status: "draft" | "submitted" | "notStarted";
                /** Format: date-time */
                submittedAt: string | null;
            }[];
            role: {
                /** Format: uuid */
                id: string | null;
                name: string;
                skills: {
                    level: number;
                    name: string;
                }[];
            };
            sections: {
                fields: {
                    answers: {
                        by: {
                            familyName: string;
                            givenName: string;
                            /** Format: uuid */
                            id: string;
                        };
                        /** Format: uuid */
                        requestId: string;
                        value: string | number | string[] | {
                            long: string;
                            mid: string;
                            short: string;
                        } | null;
                    }[];
                    counts: {
                        count: number;
                        text: string;
                    }[] | null;
                    fieldId: string;
                }[];
                sectionId: string;
            }[];
            suggested: {
                count: number;
                /** @enum {string} */
                section: "results" | "behaviours" | "skills" | "traits" | "hiring" | "other";
                skill: string | null;
                text: string;
            }[];
        };
        HearingList: {
            items: components["schemas"]["HearingSummaryRow"][];
        };
        HearingReminded: {
            managers: number;
            queued: boolean;
        };
        HearingSheet: {
            answers: {
                [key: string]: {
                    hrOnly: boolean;
                    value: string | number | string[] | {
                        long: string;
                        mid: string;
                        short: string;
                    } | null;
                };
            };
            can: {
                edit: boolean;
            };
            definition: components["schemas"]["FormDefinition"];
            /** Format: date */
            dueOn: string | null;
            /** Format: uuid */
            id: string;
            message: string;
            performer: {
                department: string | null;
                familyName: string;
                givenName: string;
                /** Format: uuid */
                id: string;
            } | null;
            role: {
                name: string;
            };
            /** @enum {string} */
            status: "draft" | "submitted";
            /** Format: date-time */
            submittedAt: string | null;
            /** Format: date-time */
            updatedAt: string;
        };
        HearingSheetExport: {
            answers: {
                [key: string]: {
                    hrOnly: boolean;
                    value: string | number | string[] | {
                        long: string;
                        mid: string;
                        short: string;
                    } | null;
                };
            };
            definition: components["schemas"]["FormDefinition"];
            /** Format: date */
            dueOn: string | null;
            /** Format: uuid */
            id: string;
            manager: {
                familyName: string;
                givenName: string;
                /** Format: uuid */
                id: string;
            };
            message: string;
            performer: {
                department: string | null;
                familyName: string;
                givenName: string;
                /** Format: uuid */
                id: string;
            } | null;
            role: {
                name: string;
            };
            /** @enum {string} */
            status: "draft" | "submitted";
            /** Format: date-time */
            submittedAt: string | null;
            /** Format: date-time */
            updatedAt: string;
        };
        HearingSummaryRow: {
            /** Format: date-time */
            createdAt: string;
            criteria: number;
            /** Format: date */
            dueOn: string | null;
            /** Format: uuid */
            id: string;
            role: {
                /** Format: uuid */
                id: string | null;
                name: string;
            };
            submitted: number;
            total: number;
        };
        HistoryConsentList: {
            items: {
                /** Format: date-time */
                decidedAt: string | null;
                /** Format: uuid */
                id: string;
                overrideReason: string | null;
                /** @enum {string} */
                status: "requested" | "granted" | "declined" | "overridden";
                /** Format: date-time */
                updatedAt: string;
                viewer: {
                    familyName: string;
                    givenName: string;
                    /** Format: uuid */
                    id: string;
                };
            }[];
        };
        HistoryConsentState: {
            /** @enum {string} */
            status: "requested" | "granted" | "declined" | "overridden";
        };
        HomeTodo: {
            employee: {
                chooseTime: {
                    /** Format: uuid */
                    interviewId: string;
                    offeredSlots: number;
                    round: {
                        /** Format: uuid */
                        id: string;
                        name: string;
                    };
                }[];
                forms: {
                    /** Format: date */
                    dueOn: string | null;
                    /** Format: uuid */
                    interviewId: string;
                    /** @enum {string} */
                    kind: "sheet" | "survey";
                    overdue: boolean;
                    round: {
                        /** Format: uuid */
                        id: string;
                        name: string;
                    };
                    /** @enum {string} */
                    state: "notStarted" | "draft";
                }[];
                hearings: {
                    /** Format: date */
                    dueOn: string | null;
                    /** Format: uuid */
                    id: string;
                    overdue: boolean;
                    roleName: string;
                    /** @enum {string} */
                    status: "draft" | "submitted";
                }[];
                itemsDue: {
                    items: {
                        /** Format: date */
                        dueOn: string;
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        interviewId: string;
                        overdue: boolean;
                        /** @enum {string} */
                        status: "open" | "inProgress";
                        what: string;
                    }[];
                    more: boolean;
                };
                plansToConfirm: {
                    items: {
                        /** Format: date */
                        heldOn: string | null;
                        /** Format: uuid */
                        interviewId: string;
                        round: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        with: {
                            familyName: string;
                            givenName: string;
                            /** Format: uuid */
                            id: string;
                        } | null;
                    }[];
                    more: boolean;
                };
                upcoming: {
                    appointment: {
                        /** Format: date-time */
                        end: string;
                        location: string | null;
                        /** @enum {string|null} */
                        locationType: "room" | "online" | null;
                        /** Format: date-time */
                        start: string;
                    };
                    /** Format: uuid */
                    interviewId: string;
                    round: {
                        /** Format: uuid */
                        id: string;
                        name: string;
                    };
                    with: {
                        familyName: string;
                        givenName: string;
                        /** Format: uuid */
                        id: string;
                    } | null;
                }[];
            };
            hr: {
                failedMail: {
                    total: number;
                    totalCapped: boolean;
                } | null;
                risks: {
                    rounds: {
                        counts: {
                            /** Format: date-time */
                            asOf: string;
                            new: number;
                            total: number;
                        } | null;
                        round: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                    }[];
                    /** Format: date-time */
                    since: string | null;
                } | null;
                rounds: {
                    items: {
                        /** Format: date */
                        periodEnd: string;
                        /** Format: date */
                        prepDueOn: string | null;
                        progress: {
                            /** Format: date-time */
                            asOf: string;
                            lagging: {
                                done: number;
                                /** Format: uuid */
                                id: string | null;
                                name: string | null;
                                nameEn: string | null;
                                scheduled: number;
                                sheetSubmitted: number | null;
                                surveySubmitted: number | null;
                                total: number;
                            }[];
                            total: {
                                done: number;
                                scheduled: number;
                                sheetSubmitted: number | null;
                                surveySubmitted: number | null;
                                total: number;
                            };
                        } | null;
                        round: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                    }[];
                    more: boolean;
                } | null;
            } | null;
            interviewer: {
                followUpsDue: {
                    items: {
                        /** Format: date */
                        dueOn: string;
                        employee: {
                            familyName: string;
                            givenName: string;
                            /** Format: uuid */
                            id: string;
                        };
                        /** Format: uuid */
                        interviewId: string;
                        /** Format: date */
                        lastOn: string;
                        overdue: boolean;
                        /** @enum {string} */
                        rhythm: "weekly" | "biweekly" | "monthly" | "quarterly";
                        round: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                    }[];
                    more: boolean;
                };
                overdueItems: {
                    items: {
                        /** Format: date */
                        dueOn: string;
                        employee: {
                            familyName: string;
                            givenName: string;
                            /** Format: uuid */
                            id: string;
                        };
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        interviewId: string;
                        /** @enum {string} */
                        owner: "employee" | "manager" | "hr";
                        what: string;
                    }[];
                    more: boolean;
                };
                plansToConfirm: {
                    items: {
                        /** Format: date */
                        heldOn: string | null;
                        /** Format: uuid */
                        interviewId: string;
                        round: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        with: {
                            familyName: string;
                            givenName: string;
                            /** Format: uuid */
                            id: string;
                        } | null;
                    }[];
                    more: boolean;
                };
                thisWeek: {
                    items: {
                        appointment: {
                            /** Format: date-time */
                            end: string;
                            location: string | null;
                            /** @enum {string|null} */
                            locationType: "room" | "online" | null;
                            /** Format: date-time */
                            start: string;
                        };
                        employee: {
                            familyName: string;
                            givenName: string;
                            /** Format: uuid */
                            id: string;
                        };
                        /** Format: uuid */
                        interviewId: string;
                        round: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        /** @enum {string|null} */
                        sheet: "notStarted" | "draft" | "submitted" | null;
                        /** @enum {string|null} */
                        survey: "notStarted" | "draft" | "submitted" | null;
                    }[];
                    more: boolean;
                };
                toOffer: {
                    items: {
                        employee: {
                            familyName: string;
                            givenName: string;
                            /** Format: uuid */
                            id: string;
                        };
                        /** Format: uuid */
                        interviewId: string;
                        proposedSlots: number;
                        round: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                    }[];
                    more: boolean;
                };
            } | null;
            /** Format: date */
            today: string;
        };
        ImportEvent: {
            done: number;
            total: number;
            /** @enum {string} */
            type: "progress";
        } | {
            created: number;
            total: number;
            /** @enum {string} */
            type: "done";
            unchanged: number;
            updated: number;
        } | {
            error: {
                code: string;
                fields?: {
                    [key: string]: string;
                };
                message: string;
            };
            message: string;
            rows?: components["schemas"]["ImportRow"][];
            /** @enum {string} */
            type: "error";
        };
        ImportPreview: {
            columns: {
                field: string;
                header: string;
                label: string | null;
            }[];
            existingCount: number;
            importId: null;
            invalid: number;
            /** @enum {string} */
            kind: "employees" | "departments" | "careerPaths";
            newCount: number;
            rows: components["schemas"]["ImportRow"][];
            total: number;
            valid: number;
        };
        ImportRow: {
            data: {
                [key: string]: string | null;
            };
            errors: {
                column: string | null;
                field: string;
                message: string;
            }[];
            line: number;
            ok: boolean;
        };
        InterviewPrep: {
            carried: components["schemas"]["CarriedPlanItem"][];
            hiddenCarried: number;
            landingPoint: string;
            previous: {
                /** @enum {boolean} */
                hidden: true;
            } | {
                direction: string;
                /** Format: date-time */
                heldAt: string | null;
                /** @enum {boolean} */
                hidden: false;
                /** Format: uuid */
                id: string;
                items: components["schemas"]["PlanItem"][];
                round: string;
            } | null;
            recordVersion: number;
            sheet: components["schemas"]["FormView"] | null;
            strengths: {
                achievements: {
                    description: string;
                    /** @enum {string} */
                    kind: "experience" | "achievement";
                    periodFrom: string | null;
                    periodTo: string | null;
                    title: string;
                }[];
                skills: {
                    level: number;
                    name: string;
                    note: string;
                    years: number | null;
                }[];
            };
            suggestions: {
                question: {
                    /** @enum {string} */
                    category: "currentWork" | "achievements" | "careerGoals" | "skillsGrowth" | "workStyle" | "issuesSupport" | "closing";
                    /** Format: uuid */
                    id: string;
                    text: {
                        en?: string;
                        ja: string;
                    };
                };
                reason: components["schemas"]["SuggestionReason"];
                /** Format: uuid */
                ruleId: string;
            }[];
            survey: components["schemas"]["FormView"] | null;
        };
        InterviewQueuePage: {
            items: components["schemas"]["QueuedInterview"][];
            page: number;
            pageSize: number;
            total: number;
            totalCapped: boolean;
        };
        InterviewRating: {
            comment: string;
            rating: number;
        };
        InterviewRecord: {
            can: {
                /** @enum {string|null} */
                confirmAs: "employee" | "interviewer" | null;
                editPlan: boolean;
                followUp: boolean;
                markHeld: boolean;
                rate: boolean;
                readWorkspace: boolean;
                updateProgress: boolean;
                write: boolean;
                writeNote: boolean;
            };
            followUps: components["schemas"]["FollowUp"][];
            /** Format: date-time */
            heldAt: string | null;
            notes: components["schemas"]["RecordNote"][];
            plan: components["schemas"]["ActionPlan"] | null;
            rating: components["schemas"]["InterviewRating"] | null;
            shared: {
                alignmentDirection: string;
                alignmentGrowth: string;
                alignmentPolicy: string;
                alignmentWish: string;
                /** @enum {string} */
                followRhythm: "none" | "weekly" | "biweekly" | "monthly" | "quarterly";
                /** Format: date */
                nextInterviewOn: string | null;
            } | null;
            version: number;
            workspace: {
                agenda: components["schemas"]["AgendaItem"][];
                landingPoint: string;
            } | null;
        };
        InterviewSlot: {
            /** Format: date-time */
            end: string;
            /** Format: uuid */
            id: string;
            location: string;
            /** @enum {string} */
            locationType: "room" | "online";
            note: string;
            past: boolean;
            /** @enum {string} */
            proposedBy: "interviewer" | "employee";
            /** Format: date-time */
            start: string;
            /** @enum {string} */
            status: "open" | "chosen" | "withdrawn";
            warnings: ("busyHour" | "outsideHours" | "weekend")[];
        };
        InterviewTheme: {
            description: {
                en?: string;
                ja: string;
            };
            /** Format: uuid */
            id: string;
            isDefault: boolean;
            sortOrder: number;
            /** @enum {string} */
            status: "active" | "retired";
            title: {
                en?: string;
                ja: string;
            };
        };
        InterviewThemeList: {
            items: components["schemas"]["InterviewTheme"][];
        };
        InterviewView: {
            appointment: {
                /** Format: date-time */
                end: string;
                location: string | null;
                /** @enum {string|null} */
                locationType: "room" | "online" | null;
                /** Format: date-time */
                start: string;
            } | null;
            can: {
                acceptProposal: boolean;
                chooseSlot: boolean;
                offerSlots: boolean;
                seeHrOnly: boolean;
            };
            employee: {
                familyName: string;
                familyNameKana: string | null;
                givenName: string;
                givenNameKana: string | null;
                /** Format: uuid */
                id: string;
            };
            /** Format: uuid */
            id: string;
            interviewer: {
                familyName: string;
                givenName: string;
                /** Format: uuid */
                id: string;
            } | null;
            /** @enum {string} */
            relation: "self" | "interviewer" | "hr";
            round: {
                hasSheet: boolean;
                hasSurvey: boolean;
                /** Format: uuid */
                id: string;
                message: string;
                name: string;
                /** Format: date */
                periodEnd: string;
                /** Format: date */
                periodStart: string;
                /** Format: date */
                prepDueOn: string | null;
                /** @enum {string} */
                status: "draft" | "launching" | "launched" | "closed";
                themes: {
                    description: {
                        en?: string;
                        ja: string;
                    };
                    title: {
                        en?: string;
                        ja: string;
                    };
                }[];
                /** @enum {string} */
                type: "career" | "oneOnOne" | "followUp";
            };
            /** @enum {string} */
            status: "preparing" | "scheduled" | "done" | "cancelled";
            version: number;
        };
        ItemGap: {
            expected: number;
            /** @enum {string} */
            kind: "training" | "assignment" | "mentor" | "other";
            linked: number;
            now: number | null;
            skill: string;
        } | null;
        ListedWish: {
            can: {
                decide: boolean;
                edit: boolean;
                withdraw: boolean;
            };
            /** Format: date-time */
            createdAt: string;
            decision: components["schemas"]["WishDecision"] | null;
            desiredDepartment: {
                /** Format: uuid */
                id: string;
                name: string;
                nameEn: string | null;
            } | null;
            desiredRole: string;
            /** @enum {string} */
            disclosure: "manager_hr" | "hr_only";
            employee: components["schemas"]["PlacementPerson"] | null;
            /** Format: uuid */
            employeeId: string;
            history?: components["schemas"]["WishDecisionRecord"][];
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "transfer" | "careerPath";
            note: string;
            /** @enum {string} */
            relocation: "ok" | "no" | "depends";
            /** @enum {string} */
            state: "new" | "considered" | "offered" | "moved" | "notNow" | "withdrawn";
            /** @enum {string} */
            status: "open" | "withdrawn";
            /** @enum {string} */
            timeframe: "within1y" | "in1to3y" | "over3y";
            /** @enum {string} */
            track: "management" | "specialist" | "undecided";
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        LoginAnswer: {
            csrfToken: string;
            ok: boolean;
        };
        Me: {
            can: {
                eraseRecords: boolean;
                exportEmployees: boolean;
                exportPersonFile: boolean;
                importEmployees: boolean;
                interview: boolean;
                manageAuditAccess: boolean;
                manageDirectory: boolean;
                manageForms: boolean;
                managePlacement: boolean;
                manageRetention: boolean;
                manageRoles: boolean;
                manageRounds: boolean;
                manageScim: boolean;
                manageSettings: boolean;
                manageSso: boolean;
                manageWebhooks: boolean;
                readAllRecords: boolean;
                readQuestionBank: boolean;
                viewAudit: boolean;
                viewDirectory: boolean;
                viewInsight: boolean;
                viewOutbox: boolean;
            };
            csrfToken: string | null;
            email: string;
            employeeNumber: string;
            familyName: string;
            givenName: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            locale: "ja" | "en";
            passwordSignIn: boolean;
            roles: ("employee" | "interviewer" | "hr" | "admin")[];
            timeZone: string;
        };
        MyCareer: {
            can: {
                setGoal: boolean;
            };
            /** Format: uuid */
            currentRoleId: string | null;
            framework: components["schemas"]["CareerFramework"];
            goal: components["schemas"]["CareerGoal"];
            options: {
                gaps: {
                    current: number;
                    expected: number;
                    met: boolean;
                    name: string;
                }[];
                /** Format: uuid */
                roleId: string;
                shortfall: number;
            }[];
        };
        MyInterview: {
            appointment: {
                /** Format: date-time */
                end: string;
                location: string | null;
                /** @enum {string|null} */
                locationType: "room" | "online" | null;
                /** Format: date-time */
                start: string;
            } | null;
            /** Format: uuid */
            id: string;
            interviewer: {
                familyName: string;
                givenName: string;
                /** Format: uuid */
                id: string;
            } | null;
            offeredSlots: number;
            proposedSlots: number;
            round: {
                /** Format: uuid */
                id: string;
                name: string;
                /** Format: date */
                periodEnd: string;
                /** Format: date */
                prepDueOn: string | null;
                /** @enum {string} */
                status: "draft" | "launching" | "launched" | "closed";
                /** @enum {string} */
                type: "career" | "oneOnOne" | "followUp";
            };
            /** @enum {string|null} */
            sheet: "notStarted" | "draft" | "submitted" | null;
            /** @enum {string} */
            status: "preparing" | "scheduled" | "done" | "cancelled";
            /** @enum {string|null} */
            survey: "notStarted" | "draft" | "submitted" | null;
        };
        MyInterviewList: {
            items: components["schemas"]["MyInterview"][];
        };
        MyReflections: {
            counted: {
                heldOn: string;
                /** Format: uuid */
                interviewId: string;
                period: string;
                roundName: string;
            }[];
            toAnswer: {
                heldOn: string;
                /** Format: uuid */
                interviewId: string;
                roundName: string;
            }[];
        };
        MyWishes: {
            items: components["schemas"]["CareerWish"][];
            limit: number;
            manager: {
                familyName: string;
                givenName: string;
            } | null;
        };
        NoteSaved: {
            /** Format: uuid */
            id: string;
            version: number;
        };
        NotificationList: {
            items: {
                /** Format: date-time */
                createdAt: string;
                /** Format: uuid */
                id: string;
                kind: string;
                link: string | null;
                read: boolean;
                text: string;
            }[];
            page: number;
            pageSize: number;
            total: number;
            unread: number;
        };
        NotInterviewed: {
            department: {
                /** Format: uuid */
                id: string;
                name: string;
                nameEn: string | null;
            } | null;
            employeeNumber: string;
            familyName: string;
            givenName: string;
            /** Format: date */
            hireDate: string | null;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            lastInterviewAt: string | null;
        };
        OutboxMail: {
            attempts: number;
            bodyText: string;
            canResend: boolean;
            /** Format: date-time */
            createdAt: string;
            error: string | null;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            sentAt: string | null;
            /** @enum {string} */
            status: "outbox" | "pending" | "retrying" | "sent" | "failed";
            subject: string;
            toAddress: string;
        };
        OutboxPage: {
            items: components["schemas"]["OutboxMail"][];
            page: number;
            pageSize: number;
            total: number;
        };
        OutcomeGroup: {
            moveRate: number | null;
            people: number;
            retentionRate: number | null;
            scaleChange: {
                careerAnxiety: {
                    change: number;
                    people: number;
                } | null;
                jobSatisfaction: {
                    change: number;
                    people: number;
                } | null;
            };
            suppressed: boolean;
        };
        Outcomes: {
            /** Format: date-time */
            asOf: string;
            /** Format: date */
            from: string;
            interviewed: components["schemas"]["OutcomeGroup"];
            minGroup: number;
            notInterviewed: components["schemas"]["OutcomeGroup"];
            /** Format: date */
            to: string;
        };
        ParticipantPreview: {
            sample: {
                employeeNumber: string;
                familyName: string;
                givenName: string;
                /** Format: uuid */
                id: string;
            }[];
            total: number;
            unassigned: number;
        };
        PerformerPicks: {
            items: {
                department: string | null;
                familyName: string;
                givenName: string;
                /** Format: uuid */
                id: string;
            }[];
        };
        PerformerSaved: {
            performer: {
                department: string | null;
                familyName: string;
                givenName: string;
                /** Format: uuid */
                id: string;
            } | null;
            /** Format: date-time */
            savedAt: string;
        };
        PlacementPerson: {
            department: {
                /** Format: uuid */
                id: string;
                name: string;
                nameEn: string | null;
            } | null;
            employeeNumber: string;
            familyName: string;
            familyNameKana: string | null;
            givenName: string;
            givenNameKana: string | null;
            /** Format: uuid */
            id: string;
            jobTitle: string | null;
        };
        PlanItem: {
            /** Format: date */
            dueOn: string | null;
            gap: components["schemas"]["ItemGap"];
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            interviewId: string;
            /** @enum {string} */
            owner: "employee" | "manager" | "hr";
            position: number;
            progressNote: string;
            /** @enum {string} */
            status: "open" | "inProgress" | "done" | "dropped";
            target: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
            what: string;
        };
        Position: {
            careerRoleCode: string | null;
            /** Format: date-time */
            createdAt: string;
            department: {
                /** Format: uuid */
                id: string;
                name: string;
                nameEn: string | null;
            } | null;
            description: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "position" | "project";
            requiredSkills: string[];
            /** @enum {string} */
            status: "open" | "closed";
            title: string;
            /** @enum {string} */
            track: "management" | "specialist" | "undecided";
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        PositionPage: {
            items: components["schemas"]["Position"][];
            page: number;
            pageSize: number;
            total: number;
            totalCapped: boolean;
        };
        QuestionBank: {
            categories: {
                /** @enum {string} */
                category: "currentWork" | "achievements" | "careerGoals" | "skillsGrowth" | "workStyle" | "issuesSupport" | "closing";
                items: components["schemas"]["BankQuestion"][];
            }[];
        };
        QueuedInterview: {
            appointment: {
                /** Format: date-time */
                end: string;
                location: string | null;
                /** @enum {string|null} */
                locationType: "room" | "online" | null;
                /** Format: date-time */
                start: string;
            } | null;
            department: {
                /** Format: uuid */
                id: string;
                name: string;
                nameEn: string | null;
            } | null;
            employee: {
                employeeNumber: string;
                familyName: string;
                givenName: string;
                /** Format: uuid */
                id: string;
            };
            /** Format: uuid */
            id: string;
            offeredSlots: number;
            proposedSlots: number;
            round: {
                /** Format: uuid */
                id: string;
                name: string;
                /** Format: date */
                periodEnd: string;
                /** Format: date */
                prepDueOn: string | null;
                /** @enum {string} */
                status: "draft" | "launching" | "launched" | "closed";
                /** @enum {string} */
                type: "career" | "oneOnOne" | "followUp";
            };
            /** @enum {string|null} */
            sheet: "notStarted" | "draft" | "submitted" | null;
            /** @enum {string} */
            status: "preparing" | "scheduled" | "done" | "cancelled";
            /** @enum {string|null} */
            survey: "notStarted" | "draft" | "submitted" | null;
        };
        Readiness: {
            /** @enum {string} */
            database: "ok" | "unavailable";
            ok: boolean;
            /** @enum {string} */
            queue: "ok" | "stopped";
        };
        ReassignResult: {
            skipped: number;
            updated: number;
        };
        RecordFieldsView: {
            can: {
                /** @enum {string|null} */
                confirmAs: "employee" | "interviewer" | null;
                editPlan: boolean;
                followUp: boolean;
                markHeld: boolean;
                rate: boolean;
                readWorkspace: boolean;
                updateProgress: boolean;
                write: boolean;
                writeNote: boolean;
            };
            /** Format: date-time */
            heldAt: string | null;
            shared: {
                alignmentDirection: string;
                alignmentGrowth: string;
                alignmentPolicy: string;
                alignmentWish: string;
                /** @enum {string} */
                followRhythm: "none" | "weekly" | "biweekly" | "monthly" | "quarterly";
                /** Format: date */
                nextInterviewOn: string | null;
            } | null;
            version: number;
            workspace: {
                agenda: components["schemas"]["AgendaItem"][];
                landingPoint: string;
            } | null;
        };
        RecordNote: {
            author: {
                familyName: string;
                givenName: string;
                /** Format: uuid */
                id: string;
            };
            body: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            mine: boolean;
            /** Format: date-time */
            updatedAt: string;
            version: number;
            /** @enum {string} */
            visibility: "shared" | "hr_manager" | "private";
        };
        ReflectionCard: {
            /** Format: date-time */
            asOf: string;
            company: components["schemas"]["ReflectionScores"];
            companySignals: components["schemas"]["ReflectionSignal"][];
            interviewer: {
                familyName: string;
                givenName: string;
                /** Format: uuid */
                id: string;
            };
            managerSees: boolean;
            minGroup: number;
            own: components["schemas"]["ReflectionScores"];
            ownPrevious: components["schemas"]["ReflectionScores"];
            period: string;
            previousPeriod: string;
            signals: components["schemas"]["ReflectionSignal"][];
            /** @enum {string|null} */
            weakest: "listen" | "strengths" | "support" | "followUp" | null;
            /** @enum {string|null} */
            weakestFrom: "answers" | "signals" | null;
        };
        ReflectionOverview: {
            /** Format: date-time */
            asOf: string;
            company: components["schemas"]["ReflectionScores"];
            departments: {
                answers: components["schemas"]["ReflectionScores"];
                /** Format: uuid */
                id: string | null;
                interviewers: {
                    answers: components["schemas"]["ReflectionScores"];
                    familyName: string;
                    givenName: string;
                    /** Format: uuid */
                    id: string;
                    signals: components["schemas"]["ReflectionSignal"][];
                }[];
                name: string | null;
            }[];
            managerSees: boolean;
            minGroup: number;
            notRated: {
                familyName: string;
                givenName: string;
                /** Format: uuid */
                id: string;
            }[];
            period: string;
            periods: string[];
            trend: {
                company: components["schemas"]["ReflectionScores"];
                period: string;
            }[];
        };
        ReflectionScores: {
            n: number;
            scores: {
                followUp: number;
                listen: number;
                strengths: number;
                support: number;
            } | null;
        };
        ReflectionSettingsView: {
            managerSees: boolean;
        };
        ReflectionSignal: {
            /** @enum {string} */
            caution: "listen" | "strengths" | "support" | "followUp";
            id: string;
            met: number;
            of: number;
            rate: number | null;
        };
        ReflectionStatus: {
            answered: boolean;
            /** Format: date-time */
            answeredAt: string | null;
            canAnswer: boolean;
            period: string | null;
        };
        RemindQueued: {
            queued: boolean;
        };
        RetentionSettingsView: {
            due: number;
            /** @enum {string} */
            mode: "erase" | "anonymise";
            retiredRetentionMonths: number | null;
        };
        RiskActionView: {
            /** @enum {string} */
            action: "contacted" | "followUp" | "watch" | "dismissed";
            actor: {
                familyName: string;
                givenName: string;
                /** Format: uuid */
                id: string;
            };
            /** Format: date-time */
            at: string;
            /** Format: uuid */
            id: string;
            note: string;
        };
        RiskFlag: {
            department: {
                /** Format: uuid */
                id: string;
                name: string;
                nameEn: string | null;
            } | null;
            employee: {
                employeeNumber: string;
                familyName: string;
                givenName: string;
                /** Format: uuid */
                id: string;
            };
            history: components["schemas"]["RiskActionView"][];
            /** Format: uuid */
            interviewId: string;
            latest: components["schemas"]["RiskActionView"] | null;
            matched: {
                reasons: {
                    field: string;
                    hrOnly: boolean;
                    label: {
                        en?: string;
                        ja: string;
                    };
                    lowMeansWorry: boolean;
                    option: {
                        en?: string;
                        ja: string;
                    } | null;
                    value: number | string;
                }[];
                /** @enum {string} */
                rule: "dissatisfiedAndWorried" | "dissatisfiedAndWantsMove" | "unrewardedAndOverloaded";
            }[];
        };
        RiskPage: {
            actions: ("contacted" | "followUp" | "watch" | "dismissed")[];
            /** Format: date-time */
            asOf: string;
            counts: {
                [key: string]: number;
            };
            items: components["schemas"]["RiskFlag"][];
            page: number;
            pageSize: number;
            round: {
                hasSurvey: boolean;
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                status: "draft" | "launching" | "launched" | "closed";
            };
            rules: components["schemas"]["RiskRule"][];
            total: number;
            totalCapped: boolean;
        };
        RiskRule: {
            /** @enum {string} */
            id: "dissatisfiedAndWorried" | "dissatisfiedAndWantsMove" | "unrewardedAndOverloaded";
            when: ({
                field: string;
                /** @enum {string} */
                op: "lte";
                value: number;
            } | {
                field: string;
                /** @enum {string} */
                op: "eq";
                value: string;
            })[];
        };
        RoundAssignment: {
            department: {
                /** Format: uuid */
                id: string;
                name: string;
                nameEn: string | null;
            } | null;
            employee: {
                employeeNumber: string;
                familyName: string;
                givenName: string;
                /** Format: uuid */
                id: string;
            };
            /** Format: uuid */
            id: string;
            interviewer: {
                familyName: string;
                givenName: string;
                /** Format: uuid */
                id: string;
            } | null;
            /** Format: date-time */
            scheduledStart: string | null;
            /** @enum {string} */
            sheet: "notStarted" | "draft" | "submitted";
            /** @enum {string} */
            status: "preparing" | "scheduled" | "done" | "cancelled";
            /** @enum {string} */
            survey: "notStarted" | "draft" | "submitted";
        };
        RoundAssignmentPage: {
            items: components["schemas"]["RoundAssignment"][];
            page: number;
            pageSize: number;
            total: number;
            totalCapped: boolean;
        };
        RoundForms: {
            sheet: {
                latestVersion: number;
                name: {
                    en?: string;
                    ja: string;
                };
                pinned: boolean;
                /** Format: uuid */
                templateId: string;
                version: number;
            } | null;
            survey: {
                latestVersion: number;
                name: {
                    en?: string;
                    ja: string;
                };
                pinned: boolean;
                /** Format: uuid */
                templateId: string;
                version: number;
            } | null;
        };
        RoundPage: {
            items: components["schemas"]["RoundView"][];
            page: number;
            pageSize: number;
            total: number;
            totalCapped: boolean;
        };
        RoundProgress: {
            /** Format: date-time */
            asOf: string;
            byDepartment: {
                done: number;
                followedUp: number;
                /** Format: uuid */
                id: string | null;
                name: string | null;
                nameEn: string | null;
                plan: {
                    done: number;
                    items: number;
                    overdue: number;
                };
                planConfirmed: number;
                scheduled: number;
                sheetSubmitted: number;
                surveySubmitted: number;
                total: number;
                unassigned: number;
            }[];
            byInterviewer: {
                done: number;
                followedUp: number;
                /** Format: uuid */
                id: string | null;
                person: {
                    familyName: string;
                    givenName: string;
                } | null;
                planConfirmed: number;
                scheduled: number;
                sheetSubmitted: number;
                surveySubmitted: number;
                total: number;
                unassigned: number;
            }[];
            plan: {
                done: number;
                items: number;
                overdue: number;
            };
            round: {
                hasSheet: boolean;
                hasSurvey: boolean;
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                status: "draft" | "launching" | "launched" | "closed";
            };
            total: {
                done: number;
                followedUp: number;
                planConfirmed: number;
                scheduled: number;
                sheetSubmitted: number;
                surveySubmitted: number;
                total: number;
                unassigned: number;
            };
        };
        RoundRatings: {
            /** Format: date-time */
            asOf: string;
            average: number | null;
            comments: string[];
            distribution: {
                1: number;
                2: number;
                3: number;
                4: number;
                5: number;
            } | null;
            minGroup: number;
            respondents: number;
            suppressed: boolean;
        };
        RoundView: {
            can: {
                close: boolean;
                delete: boolean;
                edit: boolean;
                launch: boolean;
                reassign: boolean;
                remind: boolean;
            };
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            interviewerRule: "manager" | "hrPartner";
            launch: {
                done: number;
                error: string | null;
                total: number;
            };
            /** Format: date-time */
            launchedAt: string | null;
            message: string;
            name: string;
            participants: {
                all: boolean;
                departmentIds: string[];
                employeeIds: string[];
                grades: string[];
            };
            /** Format: date */
            periodEnd: string;
            /** Format: date */
            periodStart: string;
            /** Format: date */
            prepDueOn: string | null;
            /** Format: uuid */
            sheetTemplateId: string | null;
            /** @enum {string} */
            status: "draft" | "launching" | "launched" | "closed";
            /** Format: uuid */
            surveyTemplateId: string | null;
            themes: {
                description: {
                    en?: string;
                    ja: string;
                };
                title: {
                    en?: string;
                    ja: string;
                };
            }[];
            /** @enum {string} */
            type: "career" | "oneOnOne" | "followUp";
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        SchedulingSettings: {
            busyMinutes: number;
            workdayEnd: string;
            workdayStart: string;
        };
        ScimToken: {
            createdAt: string;
            hint: string;
            id: string;
            lastUsedAt: string | null;
            name: string;
            revokedAt: string | null;
        };
        ScimTokenCreated: {
            createdAt: string;
            hint: string;
            id: string;
            lastUsedAt: string | null;
            name: string;
            revokedAt: string | null;
            token: string;
        };
        ScimTokenList: {
            items: components["schemas"]["ScimToken"][];
            tenantUrl: string;
        };
        SetupState: {
            demoAvailable: boolean;
        };
        SkillInventory: {
            can: {
                edit: boolean;
            };
            /** Format: uuid */
            employeeId: string;
            items: {
                description: string;
                /** @enum {string} */
                kind: "experience" | "achievement";
                periodFrom: string | null;
                periodTo: string | null;
                title: string;
            }[];
            skills: {
                level: number;
                name: string;
                note: string;
                years: number | null;
            }[];
            /** Format: date-time */
            updatedAt: string | null;
        };
        SlackDmSettings: {
            enabled: boolean;
            events: string[];
            tokenConfigured: boolean;
        };
        SlotsView: {
            interview: components["schemas"]["InterviewView"];
            settings: components["schemas"]["SchedulingSettings"];
            slots: components["schemas"]["InterviewSlot"][];
        };
        SsoCheck: {
            detail: string | null;
            message: string;
            ok: boolean;
        };
        SsoSettings: {
            allowedDomains: string[];
            breakGlass: string[];
            clientId: string;
            createUnknown: boolean;
            enabled: boolean;
            issuer: string;
            redirectUri: string;
            secretConfigured: boolean;
            ssoOnly: boolean;
            trustUnverifiedEmail: boolean;
        };
        SsoStatus: {
            enabled: boolean;
            ssoOnly: boolean;
        };
        SuggestionReason: {
            field: string;
            /** @enum {string} */
            kind: "scale";
            max: number;
            /** @enum {string} */
            op: "lte" | "gte";
            /** @enum {string} */
            source: "sheet" | "survey";
            threshold: number;
            value: number;
        } | {
            field: string;
            /** @enum {string} */
            kind: "answered";
            /** @enum {string} */
            source: "sheet" | "survey";
        } | {
            field: string;
            /** @enum {string} */
            kind: "includes";
            option: string;
            /** @enum {string} */
            source: "sheet" | "survey";
        } | {
            /** Format: date */
            dueOn: string;
            item: string;
            /** @enum {string} */
            kind: "overdue";
        };
        SuggestionRule: {
            active: boolean;
            fieldId: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            op: "lte" | "gte" | "answered" | "includes" | "overdue";
            question: {
                /** @enum {string} */
                category: "currentWork" | "achievements" | "careerGoals" | "skillsGrowth" | "workStyle" | "issuesSupport" | "closing";
                /** Format: uuid */
                id: string;
                text: {
                    en?: string;
                    ja: string;
                };
            };
            /** @enum {string} */
            source: "sheet" | "survey" | "plan";
            value: number | string | null;
        };
        SuggestionRuleList: {
            fields: {
                id: string;
                label: {
                    en?: string;
                    ja: string;
                };
                options: {
                    id: string;
                    label: {
                        en?: string;
                        ja: string;
                    };
                }[];
                /** @enum {string} */
                source: "sheet" | "survey";
                /** @enum {string} */
                type: "shortText" | "longText" | "scale" | "single" | "multi" | "date" | "skills" | "goals";
            }[];
            items: components["schemas"]["SuggestionRule"][];
        };
        SuggestionRuleSaved: {
            /** Format: uuid */
            id: string;
        };
        TeamProgress: {
            /** Format: date-time */
            asOf: string;
            items: {
                counts: {
                    done: number;
                    followedUp: number;
                    planConfirmed: number;
                    scheduled: number;
                    sheetSubmitted: number;
                    /** @enum {boolean} */
                    suppressed: false;
                    surveySubmitted: number;
                    total: number;
                } | {
                    minGroup: number;
                    /** @enum {boolean} */
                    suppressed: true;
                    total: null;
                };
                round: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                    /** Format: date */
                    periodStart: string;
                };
            }[];
        };
        TemplateDetail: {
            definition: components["schemas"]["FormDefinition"];
            /** Format: uuid */
            id: string;
            isDefault: boolean;
            /** @enum {string} */
            kind: "sheet" | "survey" | "hearing";
            locked: boolean;
            name: {
                en?: string;
                ja: string;
            };
            rounds: {
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                status: "draft" | "launching" | "launched";
                version: number | null;
            }[];
            running: number;
            /** @enum {string} */
            status: "active" | "retired";
            /** Format: date-time */
            updatedAt: string;
            usedBy: number;
            version: number;
        };
        TemplateList: {
            items: components["schemas"]["TemplateSummary"][];
        };
        TemplateSummary: {
            /** Format: uuid */
            id: string;
            isDefault: boolean;
            /** @enum {string} */
            kind: "sheet" | "survey" | "hearing";
            name: {
                en?: string;
                ja: string;
            };
            running: number;
            /** @enum {string} */
            status: "active" | "retired";
            /** Format: date-time */
            updatedAt: string;
            usedBy: number;
            version: number;
        };
        ThemeAnswer: {
            department: {
                name: string;
                nameEn: string | null;
            } | null;
            employee: {
                familyName: string;
                givenName: string;
                /** Format: uuid */
                id: string;
            };
            field: {
                id: string;
                label: string;
            };
            highlights: [
                number,
                number
            ][];
            hrOnly: boolean;
            /** Format: uuid */
            interviewId: string;
            /** @enum {string} */
            kind: "sheet" | "survey";
            text: string;
        };
        ThemeAnswers: {
            hasMore: boolean;
            items: components["schemas"]["ThemeAnswer"][];
            label: string;
            page: number;
            pageSize: number;
            people: number;
            word: string;
        };
        Themes: {
            /** Format: date-time */
            asOf: string | null;
            minGroup: number;
            previousRound: {
                /** Format: uuid */
                id: string;
                name: string;
                respondents: number;
            } | null;
            respondents: number;
            round: {
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                status: "draft" | "launching" | "launched" | "closed";
            };
            running: {
                done: number;
                /** Format: date-time */
                startedAt: string;
                total: number;
            } | null;
            words: components["schemas"]["ThemeWord"][];
        };
        ThemeWord: {
            label: string;
            people: number;
            previous: number | null;
            /** @enum {string|null} */
            trend: "new" | "rising" | "falling" | "steady" | null;
            word: string;
        };
        TrendField: {
            id: string;
            label: {
                en?: string;
                ja: string;
            };
            lowMeansWorry: boolean;
            scaleLabels: {
                max: {
                    en?: string;
                    ja: string;
                };
                min: {
                    en?: string;
                    ja: string;
                };
            } | null;
        };
        TrendPoint: {
            average: number;
            distribution: number[];
            respondents: number;
            /** @enum {boolean} */
            suppressed: false;
        } | {
            /** @enum {boolean} */
            suppressed: true;
        } | null;
        Trends: {
            /** @enum {string} */
            dimension: "department" | "grade" | "tenure";
            field: string;
            fields: components["schemas"]["TrendField"][];
            groups: {
                key: string | null;
                name: string | null;
                nameEn: string | null;
                points: components["schemas"]["TrendPoint"][];
            }[];
            minGroup: number;
            overall: components["schemas"]["TrendPoint"][];
            rounds: {
                /** Format: date-time */
                asOf: string | null;
                /** Format: uuid */
                id: string;
                name: string;
                pending: boolean;
                /** Format: date */
                periodStart: string;
                /** @enum {string} */
                status: "draft" | "launching" | "launched" | "closed";
            }[];
        };
        WebhookDelivery: {
            attemptedAt: string | null;
            attempts: number;
            createdAt: string;
            durationMs: number | null;
            error: string | null;
            event: string;
            id: string;
            /** @enum {string} */
            status: "pending" | "retrying" | "ok" | "failed" | "skipped";
            statusCode: number | null;
            subjectName: string | null;
        };
        WebhookDeliveryList: {
            items: components["schemas"]["WebhookDelivery"][];
            page: number;
            pageSize: number;
            total: number;
        };
        WebhookEndpoint: {
            consecutiveFailures: number;
            createdAt: string;
            disabledAt: string | null;
            enabled: boolean;
            events: string[];
            hasSecret: boolean;
            id: string;
            /** @enum {string} */
            kind: "slack" | "teams" | "generic";
            name: string;
            urlHint: string;
        };
        WebhookOverview: {
            allowPrivate: boolean;
            endpoints: components["schemas"]["WebhookEndpoint"][];
            events: string[];
            slackDm: components["schemas"]["SlackDmSettings"];
        };
        WebhookWithSecret: {
            endpoint: components["schemas"]["WebhookEndpoint"];
            secret: string | null;
        };
        WishDecision: {
            /** Format: date-time */
            at: string;
            decidedBy?: {
                familyName: string;
                givenName: string;
                /** Format: uuid */
                id: string;
            };
            /** @enum {string} */
            decision: "considered" | "offered" | "moved" | "notNow";
            message?: string;
            note?: string;
            position?: {
                /** Format: uuid */
                id: string;
                title: string;
            } | null;
        };
        WishDecisionRecord: {
            /** Format: date-time */
            createdAt: string;
            decidedBy: {
                familyName: string;
                givenName: string;
                /** Format: uuid */
                id: string;
            };
            /** @enum {string} */
            decision: "considered" | "offered" | "moved" | "notNow";
            /** Format: uuid */
            id: string;
            message: string;
            note: string;
            position: {
                /** Format: uuid */
                id: string;
                title: string;
            } | null;
            /** Format: uuid */
            wishId: string;
        };
        WishPage: {
            can: {
                decide: boolean;
            };
            items: components["schemas"]["ListedWish"][];
            page: number;
            pageSize: number;
            total: number;
            totalCapped: boolean;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
