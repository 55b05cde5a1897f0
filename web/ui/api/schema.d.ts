/**
 * The Portico API as the server describes it at /api/openapi.json, generated from the route schemas.
 * Do not edit: `npm run generate:api` writes this file and `npm run check:api` (part of npm test) fails
 * when it no longer matches the server. Use it through web/ui/api (AdminPaths, PortalPaths).
 */

export interface paths {
    "/api/v1/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign up: create an organization and its owner, signed in */
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
                        organization_name: string;
                        name: string;
                        email: string;
                        password: string;
                        /** @enum {string} */
                        language?: "en" | "de" | "fr" | "es" | "ja";
                        time_zone?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: string;
                                name: string;
                                email: string;
                                /** @enum {string} */
                                role: "owner" | "admin" | "staff";
                                /** @enum {string} */
                                language: "en" | "de" | "fr" | "es" | "ja";
                            };
                            organization: {
                                id: string;
                                name: string;
                                slug: string;
                                portal_url: string;
                                brand_color: string;
                                logo_url: string | null;
                                time_zone: string;
                            };
                            csrf_token: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/organization": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller’s organization */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            slug: string;
                            portal_url: string;
                            brand_color: string;
                            logo_url: string | null;
                            time_zone: string;
                        };
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
    "/api/v1/portal/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Portal settings */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @default true */
                            portal_enabled: boolean;
                            /** @default  */
                            portal_name: string;
                            /** @default  */
                            banner_message: string;
                            /** @default false */
                            require_two_factor: boolean;
                            /** @default false */
                            allow_self_signup: boolean;
                            /** @default true */
                            allow_forwarding: boolean;
                            /** @default true */
                            allow_edit_own_info: boolean;
                            /** @default true */
                            show_sales_orders: boolean;
                            /** @default false */
                            confirm_portal_orders: boolean;
                            /** @default false */
                            show_projects: boolean;
                            /** @default false */
                            allow_time_entry_approval: boolean;
                            /** @default false */
                            allow_reviews: boolean;
                            /** @default true */
                            email_customers_on_staff_comment: boolean;
                            /** @default false */
                            block_payment_while_pending: boolean;
                            /** @default false */
                            auto_enable_portal_for_subscriptions: boolean;
                            /** @default  */
                            invitation_email_subject: string;
                            /** @default  */
                            invitation_email_message: string;
                            /**
                             * @default {
                             *       "portal.signup": true,
                             *       "portal.invitation_accepted": true,
                             *       "portal.signin": false,
                             *       "portal.password_changed": true,
                             *       "portal.account_updated": true,
                             *       "portal.document_viewed": true,
                             *       "portal.estimate_accepted": true,
                             *       "portal.estimate_declined": true,
                             *       "portal.changes_requested": true,
                             *       "portal.comment_added": true,
                             *       "portal.invoice_disputed": true,
                             *       "portal.statement_downloaded": true,
                             *       "portal.payment_received": true,
                             *       "portal.payment_failed": true,
                             *       "portal.refund_issued": true,
                             *       "portal.order_placed": true
                             *     }
                             */
                            staff_email_events: {
                                /** @default true */
                                "portal.signup": boolean;
                                /** @default true */
                                "portal.invitation_accepted": boolean;
                                /** @default false */
                                "portal.signin": boolean;
                                /** @default true */
                                "portal.password_changed": boolean;
                                /** @default true */
                                "portal.account_updated": boolean;
                                /** @default true */
                                "portal.document_viewed": boolean;
                                /** @default true */
                                "portal.estimate_accepted": boolean;
                                /** @default true */
                                "portal.estimate_declined": boolean;
                                /** @default true */
                                "portal.changes_requested": boolean;
                                /** @default true */
                                "portal.comment_added": boolean;
                                /** @default true */
                                "portal.invoice_disputed": boolean;
                                /** @default true */
                                "portal.statement_downloaded": boolean;
                                /** @default true */
                                "portal.payment_received": boolean;
                                /** @default true */
                                "portal.payment_failed": boolean;
                                /** @default true */
                                "portal.refund_issued": boolean;
                                /** @default true */
                                "portal.order_placed": boolean;
                            };
                            slug: string;
                            portal_url: string;
                            organization_name: string;
                            brand_color: string;
                            logo_url: string | null;
                            contact_email: string | null;
                            contact_phone: string | null;
                            contact_address: string | null;
                            website: string | null;
                            time_zone: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change portal settings; a changed slug keeps the old one redirecting */
        patch: {
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
                        portal_enabled?: boolean;
                        /** @default  */
                        portal_name?: string;
                        /** @default  */
                        banner_message?: string;
                        /** @default false */
                        require_two_factor?: boolean;
                        /** @default false */
                        allow_self_signup?: boolean;
                        /** @default true */
                        allow_forwarding?: boolean;
                        /** @default true */
                        allow_edit_own_info?: boolean;
                        /** @default true */
                        show_sales_orders?: boolean;
                        /** @default false */
                        confirm_portal_orders?: boolean;
                        /** @default false */
                        show_projects?: boolean;
                        /** @default false */
                        allow_time_entry_approval?: boolean;
                        /** @default false */
                        allow_reviews?: boolean;
                        /** @default true */
                        email_customers_on_staff_comment?: boolean;
                        /** @default false */
                        block_payment_while_pending?: boolean;
                        /** @default false */
                        auto_enable_portal_for_subscriptions?: boolean;
                        /** @default  */
                        invitation_email_subject?: string;
                        /** @default  */
                        invitation_email_message?: string;
                        /**
                         * @default {
                         *       "portal.signup": true,
                         *       "portal.invitation_accepted": true,
                         *       "portal.signin": false,
                         *       "portal.password_changed": true,
                         *       "portal.account_updated": true,
                         *       "portal.document_viewed": true,
                         *       "portal.estimate_accepted": true,
                         *       "portal.estimate_declined": true,
                         *       "portal.changes_requested": true,
                         *       "portal.comment_added": true,
                         *       "portal.invoice_disputed": true,
                         *       "portal.statement_downloaded": true,
                         *       "portal.payment_received": true,
                         *       "portal.payment_failed": true,
                         *       "portal.refund_issued": true,
                         *       "portal.order_placed": true
                         *     }
                         */
                        staff_email_events?: {
                            /** @default true */
                            "portal.signup"?: boolean;
                            /** @default true */
                            "portal.invitation_accepted"?: boolean;
                            /** @default false */
                            "portal.signin"?: boolean;
                            /** @default true */
                            "portal.password_changed"?: boolean;
                            /** @default true */
                            "portal.account_updated"?: boolean;
                            /** @default true */
                            "portal.document_viewed"?: boolean;
                            /** @default true */
                            "portal.estimate_accepted"?: boolean;
                            /** @default true */
                            "portal.estimate_declined"?: boolean;
                            /** @default true */
                            "portal.changes_requested"?: boolean;
                            /** @default true */
                            "portal.comment_added"?: boolean;
                            /** @default true */
                            "portal.invoice_disputed"?: boolean;
                            /** @default true */
                            "portal.statement_downloaded"?: boolean;
                            /** @default true */
                            "portal.payment_received"?: boolean;
                            /** @default true */
                            "portal.payment_failed"?: boolean;
                            /** @default true */
                            "portal.refund_issued"?: boolean;
                            /** @default true */
                            "portal.order_placed"?: boolean;
                        };
                        slug?: string;
                        organization_name?: string;
                        brand_color?: string;
                        logo_url?: string | null;
                        contact_email?: string | null;
                        contact_phone?: string | null;
                        contact_address?: string | null;
                        website?: string | null;
                        time_zone?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @default true */
                            portal_enabled: boolean;
                            /** @default  */
                            portal_name: string;
                            /** @default  */
                            banner_message: string;
                            /** @default false */
                            require_two_factor: boolean;
                            /** @default false */
                            allow_self_signup: boolean;
                            /** @default true */
                            allow_forwarding: boolean;
                            /** @default true */
                            allow_edit_own_info: boolean;
                            /** @default true */
                            show_sales_orders: boolean;
                            /** @default false */
                            confirm_portal_orders: boolean;
                            /** @default false */
                            show_projects: boolean;
                            /** @default false */
                            allow_time_entry_approval: boolean;
                            /** @default false */
                            allow_reviews: boolean;
                            /** @default true */
                            email_customers_on_staff_comment: boolean;
                            /** @default false */
                            block_payment_while_pending: boolean;
                            /** @default false */
                            auto_enable_portal_for_subscriptions: boolean;
                            /** @default  */
                            invitation_email_subject: string;
                            /** @default  */
                            invitation_email_message: string;
                            /**
                             * @default {
                             *       "portal.signup": true,
                             *       "portal.invitation_accepted": true,
                             *       "portal.signin": false,
                             *       "portal.password_changed": true,
                             *       "portal.account_updated": true,
                             *       "portal.document_viewed": true,
                             *       "portal.estimate_accepted": true,
                             *       "portal.estimate_declined": true,
                             *       "portal.changes_requested": true,
                             *       "portal.comment_added": true,
                             *       "portal.invoice_disputed": true,
                             *       "portal.statement_downloaded": true,
                             *       "portal.payment_received": true,
                             *       "portal.payment_failed": true,
                             *       "portal.refund_issued": true,
                             *       "portal.order_placed": true
                             *     }
                             */
                            staff_email_events: {
                                /** @default true */
                                "portal.signup": boolean;
                                /** @default true */
                                "portal.invitation_accepted": boolean;
                                /** @default false */
                                "portal.signin": boolean;
                                /** @default true */
                                "portal.password_changed": boolean;
                                /** @default true */
                                "portal.account_updated": boolean;
                                /** @default true */
                                "portal.document_viewed": boolean;
                                /** @default true */
                                "portal.estimate_accepted": boolean;
                                /** @default true */
                                "portal.estimate_declined": boolean;
                                /** @default true */
                                "portal.changes_requested": boolean;
                                /** @default true */
                                "portal.comment_added": boolean;
                                /** @default true */
                                "portal.invoice_disputed": boolean;
                                /** @default true */
                                "portal.statement_downloaded": boolean;
                                /** @default true */
                                "portal.payment_received": boolean;
                                /** @default true */
                                "portal.payment_failed": boolean;
                                /** @default true */
                                "portal.refund_issued": boolean;
                                /** @default true */
                                "portal.order_placed": boolean;
                            };
                            slug: string;
                            portal_url: string;
                            organization_name: string;
                            brand_color: string;
                            logo_url: string | null;
                            contact_email: string | null;
                            contact_phone: string | null;
                            contact_address: string | null;
                            website: string | null;
                            time_zone: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in staff member */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: string;
                                name: string;
                                email: string;
                                /** @enum {string} */
                                role: "owner" | "admin" | "staff";
                                /** @enum {string} */
                                language: "en" | "de" | "fr" | "es" | "ja";
                            };
                            organization: {
                                id: string;
                                name: string;
                                slug: string;
                                portal_url: string;
                                brand_color: string;
                                logo_url: string | null;
                                time_zone: string;
                            };
                            csrf_token: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Staff sign-in */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: string;
                                name: string;
                                email: string;
                                /** @enum {string} */
                                role: "owner" | "admin" | "staff";
                                /** @enum {string} */
                                language: "en" | "de" | "fr" | "es" | "ja";
                            };
                            organization: {
                                id: string;
                                name: string;
                                slug: string;
                                portal_url: string;
                                brand_color: string;
                                logo_url: string | null;
                                time_zone: string;
                            };
                            csrf_token: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        /** Staff sign-out */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
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
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in staff member’s profile */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            email: string;
                            /** @enum {string} */
                            role: "owner" | "admin" | "staff";
                            /** @enum {string} */
                            language: "en" | "de" | "fr" | "es" | "ja";
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change the signed-in staff member’s language (the admin console’s, their notifications’ and their emails’) */
        patch: {
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
                        language: "en" | "de" | "fr" | "es" | "ja";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            email: string;
                            /** @enum {string} */
                            role: "owner" | "admin" | "staff";
                            /** @enum {string} */
                            language: "en" | "de" | "fr" | "es" | "ja";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/staff-users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Staff of the organization, in the order they joined */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                name: string;
                                email: string;
                                /** @enum {string} */
                                role: "owner" | "admin" | "staff";
                                /** @enum {string} */
                                language: "en" | "de" | "fr" | "es" | "ja";
                                disabled: boolean;
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        /** Add a staff member */
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
                        email: string;
                        /** @enum {string} */
                        role: "owner" | "admin" | "staff";
                        password: string;
                        /** @enum {string} */
                        language?: "en" | "de" | "fr" | "es" | "ja";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            email: string;
                            /** @enum {string} */
                            role: "owner" | "admin" | "staff";
                            /** @enum {string} */
                            language: "en" | "de" | "fr" | "es" | "ja";
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/staff-users/{id}": {
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
        /** Change a staff member’s role, or disable them (their sessions end) */
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
                        role?: "owner" | "admin" | "staff";
                        disabled?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            email: string;
                            /** @enum {string} */
                            role: "owner" | "admin" | "staff";
                            /** @enum {string} */
                            language: "en" | "de" | "fr" | "es" | "ja";
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** API keys, newest first */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                name: string;
                                prefix: string;
                                scopes: ("customers.read" | "customers.write" | "orders.read" | "orders.write" | "subscriptions.read" | "subscriptions.write" | "portal.read" | "portal.write" | "settings.read" | "settings.write" | "notifications.read")[];
                                created_at: string;
                                last_used_at: string | null;
                                revoked_at: string | null;
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        /** Create an API key; the key is in this answer only */
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
                        scopes: ("customers.read" | "customers.write" | "orders.read" | "orders.write" | "subscriptions.read" | "subscriptions.write" | "portal.read" | "portal.write" | "settings.read" | "settings.write" | "notifications.read")[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            prefix: string;
                            scopes: ("customers.read" | "customers.write" | "orders.read" | "orders.write" | "subscriptions.read" | "subscriptions.write" | "portal.read" | "portal.write" | "settings.read" | "settings.write" | "notifications.read")[];
                            created_at: string;
                            last_used_at: string | null;
                            revoked_at: string | null;
                            key: string;
                        };
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
    "/api/v1/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API key */
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
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List customers (search, cursor paging) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    search?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                display_name: string;
                                company_name: string | null;
                                email: string | null;
                                currency: string;
                                /** @enum {string} */
                                portal_language: "en" | "de" | "fr" | "es" | "ja";
                                allow_bank_payments: boolean;
                                primary_contact: {
                                    id: string;
                                    name: string;
                                    email: string | null;
                                } | null;
                                portal_active_count: number;
                                created_at: string;
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a customer; with allow_portal_access its primary contact is invited */
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
                        display_name: string;
                        company_name?: string | null;
                        email?: string | null;
                        phone?: string | null;
                        /** @default USD */
                        currency?: string;
                        /**
                         * @default en
                         * @enum {string}
                         */
                        portal_language?: "en" | "de" | "fr" | "es" | "ja";
                        billing_address?: {
                            attention?: string;
                            street?: string;
                            city?: string;
                            state?: string;
                            postal_code?: string;
                            country?: string;
                        } | null;
                        shipping_address?: {
                            attention?: string;
                            street?: string;
                            city?: string;
                            state?: string;
                            postal_code?: string;
                            country?: string;
                        } | null;
                        notes?: string | null;
                        /** @default false */
                        allow_portal_access?: boolean;
                        /** @default false */
                        allow_bank_payments?: boolean;
                        contact_persons?: {
                            first_name: string;
                            last_name?: string;
                            email?: string | null;
                            phone?: string | null;
                            is_primary?: boolean;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            display_name: string;
                            company_name: string | null;
                            email: string | null;
                            currency: string;
                            /** @enum {string} */
                            portal_language: "en" | "de" | "fr" | "es" | "ja";
                            allow_bank_payments: boolean;
                            primary_contact: {
                                id: string;
                                name: string;
                                email: string | null;
                            } | null;
                            portal_active_count: number;
                            created_at: string;
                            phone: string | null;
                            billing_address: {
                                attention?: string;
                                street?: string;
                                city?: string;
                                state?: string;
                                postal_code?: string;
                                country?: string;
                            } | null;
                            shipping_address: {
                                attention?: string;
                                street?: string;
                                city?: string;
                                state?: string;
                                postal_code?: string;
                                country?: string;
                            } | null;
                            notes: string | null;
                            updated_at: string;
                            contact_persons: {
                                id: string;
                                customer_id: string;
                                first_name: string;
                                last_name: string;
                                name: string;
                                email: string | null;
                                phone: string | null;
                                is_primary: boolean;
                                permissions: ("view_documents" | "pay" | "approve_estimates" | "place_orders" | "manage_company")[];
                                portal: {
                                    /** @enum {string} */
                                    status: "not_invited" | "invited" | "accepted" | "expired" | "disabled";
                                    enabled: boolean;
                                    invited_at: string | null;
                                    accepted_at: string | null;
                                    disabled_at: string | null;
                                    invitation_expires_at: string | null;
                                };
                                created_at: string;
                                updated_at: string;
                            }[];
                            portal_access?: {
                                results: {
                                    contact_person_id: string;
                                    /** @enum {string} */
                                    outcome: "invited" | "disabled" | "unchanged" | "refused";
                                    /** @enum {string} */
                                    reason_code?: "contact_has_no_email" | "customer_not_found" | "no_primary_contact" | "primary_contact_has_no_email";
                                    reason?: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/customers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A customer with its contact persons and their portal status */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            display_name: string;
                            company_name: string | null;
                            email: string | null;
                            currency: string;
                            /** @enum {string} */
                            portal_language: "en" | "de" | "fr" | "es" | "ja";
                            allow_bank_payments: boolean;
                            primary_contact: {
                                id: string;
                                name: string;
                                email: string | null;
                            } | null;
                            portal_active_count: number;
                            created_at: string;
                            phone: string | null;
                            billing_address: {
                                attention?: string;
                                street?: string;
                                city?: string;
                                state?: string;
                                postal_code?: string;
                                country?: string;
                            } | null;
                            shipping_address: {
                                attention?: string;
                                street?: string;
                                city?: string;
                                state?: string;
                                postal_code?: string;
                                country?: string;
                            } | null;
                            notes: string | null;
                            updated_at: string;
                            contact_persons: {
                                id: string;
                                customer_id: string;
                                first_name: string;
                                last_name: string;
                                name: string;
                                email: string | null;
                                phone: string | null;
                                is_primary: boolean;
                                permissions: ("view_documents" | "pay" | "approve_estimates" | "place_orders" | "manage_company")[];
                                portal: {
                                    /** @enum {string} */
                                    status: "not_invited" | "invited" | "accepted" | "expired" | "disabled";
                                    enabled: boolean;
                                    invited_at: string | null;
                                    accepted_at: string | null;
                                    disabled_at: string | null;
                                    invitation_expires_at: string | null;
                                };
                                created_at: string;
                                updated_at: string;
                            }[];
                            portal_access?: {
                                results: {
                                    contact_person_id: string;
                                    /** @enum {string} */
                                    outcome: "invited" | "disabled" | "unchanged" | "refused";
                                    /** @enum {string} */
                                    reason_code?: "contact_has_no_email" | "customer_not_found" | "no_primary_contact" | "primary_contact_has_no_email";
                                    reason?: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a customer and its contact persons */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a customer */
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
                        display_name?: string;
                        company_name?: string | null;
                        email?: string | null;
                        phone?: string | null;
                        currency?: string;
                        /** @enum {string} */
                        portal_language?: "en" | "de" | "fr" | "es" | "ja";
                        billing_address?: {
                            attention?: string;
                            street?: string;
                            city?: string;
                            state?: string;
                            postal_code?: string;
                            country?: string;
                        } | null;
                        shipping_address?: {
                            attention?: string;
                            street?: string;
                            city?: string;
                            state?: string;
                            postal_code?: string;
                            country?: string;
                        } | null;
                        notes?: string | null;
                        allow_bank_payments?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            display_name: string;
                            company_name: string | null;
                            email: string | null;
                            currency: string;
                            /** @enum {string} */
                            portal_language: "en" | "de" | "fr" | "es" | "ja";
                            allow_bank_payments: boolean;
                            primary_contact: {
                                id: string;
                                name: string;
                                email: string | null;
                            } | null;
                            portal_active_count: number;
                            created_at: string;
                            phone: string | null;
                            billing_address: {
                                attention?: string;
                                street?: string;
                                city?: string;
                                state?: string;
                                postal_code?: string;
                                country?: string;
                            } | null;
                            shipping_address: {
                                attention?: string;
                                street?: string;
                                city?: string;
                                state?: string;
                                postal_code?: string;
                                country?: string;
                            } | null;
                            notes: string | null;
                            updated_at: string;
                            contact_persons: {
                                id: string;
                                customer_id: string;
                                first_name: string;
                                last_name: string;
                                name: string;
                                email: string | null;
                                phone: string | null;
                                is_primary: boolean;
                                permissions: ("view_documents" | "pay" | "approve_estimates" | "place_orders" | "manage_company")[];
                                portal: {
                                    /** @enum {string} */
                                    status: "not_invited" | "invited" | "accepted" | "expired" | "disabled";
                                    enabled: boolean;
                                    invited_at: string | null;
                                    accepted_at: string | null;
                                    disabled_at: string | null;
                                    invitation_expires_at: string | null;
                                };
                                created_at: string;
                                updated_at: string;
                            }[];
                            portal_access?: {
                                results: {
                                    contact_person_id: string;
                                    /** @enum {string} */
                                    outcome: "invited" | "disabled" | "unchanged" | "refused";
                                    /** @enum {string} */
                                    reason_code?: "contact_has_no_email" | "customer_not_found" | "no_primary_contact" | "primary_contact_has_no_email";
                                    reason?: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/customers/{id}/contact-persons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Contact persons of a customer */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                customer_id: string;
                                first_name: string;
                                last_name: string;
                                name: string;
                                email: string | null;
                                phone: string | null;
                                is_primary: boolean;
                                permissions: ("view_documents" | "pay" | "approve_estimates" | "place_orders" | "manage_company")[];
                                portal: {
                                    /** @enum {string} */
                                    status: "not_invited" | "invited" | "accepted" | "expired" | "disabled";
                                    enabled: boolean;
                                    invited_at: string | null;
                                    accepted_at: string | null;
                                    disabled_at: string | null;
                                    invitation_expires_at: string | null;
                                };
                                created_at: string;
                                updated_at: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a contact person */
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
                        first_name: string;
                        last_name?: string;
                        email?: string | null;
                        phone?: string | null;
                        is_primary?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            customer_id: string;
                            first_name: string;
                            last_name: string;
                            name: string;
                            email: string | null;
                            phone: string | null;
                            is_primary: boolean;
                            permissions: ("view_documents" | "pay" | "approve_estimates" | "place_orders" | "manage_company")[];
                            portal: {
                                /** @enum {string} */
                                status: "not_invited" | "invited" | "accepted" | "expired" | "disabled";
                                enabled: boolean;
                                invited_at: string | null;
                                accepted_at: string | null;
                                disabled_at: string | null;
                                invitation_expires_at: string | null;
                            };
                            created_at: string;
                            updated_at: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/contact-persons/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A contact person */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            customer_id: string;
                            first_name: string;
                            last_name: string;
                            name: string;
                            email: string | null;
                            phone: string | null;
                            is_primary: boolean;
                            permissions: ("view_documents" | "pay" | "approve_estimates" | "place_orders" | "manage_company")[];
                            portal: {
                                /** @enum {string} */
                                status: "not_invited" | "invited" | "accepted" | "expired" | "disabled";
                                enabled: boolean;
                                invited_at: string | null;
                                accepted_at: string | null;
                                disabled_at: string | null;
                                invitation_expires_at: string | null;
                            };
                            created_at: string;
                            updated_at: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a contact person (access and sessions end) */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a contact person, its primary flag or its portal permissions */
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
                        first_name?: string;
                        last_name?: string;
                        email?: string | null;
                        phone?: string | null;
                        /** @enum {boolean} */
                        is_primary?: true;
                        permissions?: ("view_documents" | "pay" | "approve_estimates" | "place_orders" | "manage_company")[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            customer_id: string;
                            first_name: string;
                            last_name: string;
                            name: string;
                            email: string | null;
                            phone: string | null;
                            is_primary: boolean;
                            permissions: ("view_documents" | "pay" | "approve_estimates" | "place_orders" | "manage_company")[];
                            portal: {
                                /** @enum {string} */
                                status: "not_invited" | "invited" | "accepted" | "expired" | "disabled";
                                enabled: boolean;
                                invited_at: string | null;
                                accepted_at: string | null;
                                disabled_at: string | null;
                                invitation_expires_at: string | null;
                            };
                            created_at: string;
                            updated_at: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/customers/{id}/portal-access": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Configure portal: the contacts with access (new ones invited, removed ones disabled at once) */
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
                        contact_person_ids: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            results: {
                                contact_person_id: string;
                                /** @enum {string} */
                                outcome: "invited" | "disabled" | "unchanged" | "refused";
                                /** @enum {string} */
                                reason_code?: "contact_has_no_email" | "customer_not_found" | "no_primary_contact" | "primary_contact_has_no_email";
                                reason?: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/customers/bulk-enable-portal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Invite the primary contact of many customers; over 100 customers the work runs as a job */
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
                        customer_ids: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            results: {
                                customer_id: string;
                                /** @enum {string} */
                                outcome: "invited" | "already_active" | "skipped";
                                /** @enum {string} */
                                reason_code?: "contact_has_no_email" | "customer_not_found" | "no_primary_contact" | "primary_contact_has_no_email";
                                reason?: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            job: {
                                id: string;
                                kind: string;
                                /** @enum {string} */
                                status: "queued" | "running" | "succeeded" | "failed";
                                progress_done: number;
                                progress_total: number;
                                result: unknown;
                                error: string | null;
                                created_at: string;
                                finished_at: string | null;
                            };
                        };
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
    "/api/v1/contact-persons/{id}/reinvite": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a fresh invitation; earlier links stop working */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            customer_id: string;
                            first_name: string;
                            last_name: string;
                            name: string;
                            email: string | null;
                            phone: string | null;
                            is_primary: boolean;
                            permissions: ("view_documents" | "pay" | "approve_estimates" | "place_orders" | "manage_company")[];
                            portal: {
                                /** @enum {string} */
                                status: "not_invited" | "invited" | "accepted" | "expired" | "disabled";
                                enabled: boolean;
                                invited_at: string | null;
                                accepted_at: string | null;
                                disabled_at: string | null;
                                invitation_expires_at: string | null;
                            };
                            created_at: string;
                            updated_at: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/contact-persons/{id}/revoke-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Void every link and end every session of one contact */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            revoked_links: number;
                            ended_sessions: number;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/portal/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every invitation link with its status */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    status?: "active" | "used" | "expired" | "revoked";
                    customer_id?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                contact_person_id: string;
                                contact_name: string;
                                email: string;
                                customer_id: string;
                                customer_name: string;
                                created_at: string;
                                expires_at: string;
                                used_at: string | null;
                                revoked_at: string | null;
                                /** @enum {string} */
                                status: "active" | "used" | "expired" | "revoked";
                            }[];
                            next_cursor: string | null;
                        };
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
    "/api/v1/portal/links/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an invitation link */
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
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in staff member’s notifications, newest first, with the unread count */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    unread?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                event_type: string;
                                message: string;
                                message_code: string | null;
                                message_params: {
                                    [key: string]: unknown;
                                } | null;
                                link: string | null;
                                read_at: string | null;
                                created_at: string;
                            }[];
                            next_cursor: string | null;
                            unread_count: number;
                        };
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
    "/api/v1/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark one notification read */
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
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark every notification read */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
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
    "/api/v1/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Portal activity: who did what, when, from where */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    customer_id?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                customer_id: string | null;
                                customer_name: string | null;
                                contact_person_id: string | null;
                                actor_name: string;
                                module: string;
                                action: string;
                                message: string;
                                message_code: string | null;
                                message_params: {
                                    [key: string]: unknown;
                                } | null;
                                ip: string | null;
                                user_agent: string | null;
                                created_at: string;
                            }[];
                            next_cursor: string | null;
                        };
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
    "/api/v1/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Email outbox */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    status?: "pending" | "sent" | "failed" | "kept";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                kind: string;
                                to: string;
                                subject: string;
                                /** @enum {string} */
                                status: "pending" | "sent" | "failed" | "kept";
                                attempts: number;
                                last_error: string | null;
                                created_at: string;
                                sent_at: string | null;
                            }[];
                            next_cursor: string | null;
                        };
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
    "/api/v1/outbox/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One email with its HTML and text */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            kind: string;
                            to: string;
                            subject: string;
                            /** @enum {string} */
                            status: "pending" | "sent" | "failed" | "kept";
                            attempts: number;
                            last_error: string | null;
                            created_at: string;
                            sent_at: string | null;
                            html: string;
                            text: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Progress and result of a background job */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            kind: string;
                            /** @enum {string} */
                            status: "queued" | "running" | "succeeded" | "failed";
                            progress_done: number;
                            progress_total: number;
                            result: unknown;
                            error: string | null;
                            created_at: string;
                            finished_at: string | null;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/taxes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tax rates */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                name: string;
                                rate_percent: number;
                                archived: boolean;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a tax rate */
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
                        rate_percent: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            rate_percent: number;
                            archived: boolean;
                        };
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
    "/api/v1/taxes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Archive a tax rate */
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
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a tax rate (documents keep the rate they were made with) */
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
                        name?: string;
                        rate_percent?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            rate_percent: number;
                            archived: boolean;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The catalogue (search by name or SKU, filter by category or whether sold in the portal) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    search?: string;
                    category?: string;
                    sellable?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                name: string;
                                sku: string | null;
                                unit: string | null;
                                description: string | null;
                                rate_minor: number;
                                currency: string;
                                tax_id: string | null;
                                archived: boolean;
                                category: string | null;
                                sellable_in_portal: boolean;
                                allow_backorders: boolean;
                                track_stock: boolean;
                                stock: {
                                    on_hand: number;
                                    committed: number;
                                    available: number;
                                } | null;
                                images: {
                                    id: string;
                                    url: string;
                                    alt_text: string | null;
                                    position: number;
                                    content_type: string;
                                    byte_size: number;
                                }[];
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add an item */
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
                        sku?: string | null;
                        unit?: string | null;
                        description?: string | null;
                        rate_minor: number;
                        currency: string;
                        tax_id?: string | null;
                        category?: string | null;
                        sellable_in_portal?: boolean;
                        allow_backorders?: boolean;
                        track_stock?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            sku: string | null;
                            unit: string | null;
                            description: string | null;
                            rate_minor: number;
                            currency: string;
                            tax_id: string | null;
                            archived: boolean;
                            category: string | null;
                            sellable_in_portal: boolean;
                            allow_backorders: boolean;
                            track_stock: boolean;
                            stock: {
                                on_hand: number;
                                committed: number;
                                available: number;
                            } | null;
                            images: {
                                id: string;
                                url: string;
                                alt_text: string | null;
                                position: number;
                                content_type: string;
                                byte_size: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/items/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The categories the live items use */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                name: string;
                                item_count: number;
                            }[];
                        };
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
    "/api/v1/items/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An item with its stock and images */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            sku: string | null;
                            unit: string | null;
                            description: string | null;
                            rate_minor: number;
                            currency: string;
                            tax_id: string | null;
                            archived: boolean;
                            category: string | null;
                            sellable_in_portal: boolean;
                            allow_backorders: boolean;
                            track_stock: boolean;
                            stock: {
                                on_hand: number;
                                committed: number;
                                available: number;
                            } | null;
                            images: {
                                id: string;
                                url: string;
                                alt_text: string | null;
                                position: number;
                                content_type: string;
                                byte_size: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Archive an item */
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
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change an item */
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
                        name?: string;
                        sku?: string | null;
                        unit?: string | null;
                        description?: string | null;
                        rate_minor?: number;
                        currency?: string;
                        tax_id?: string | null;
                        category?: string | null;
                        sellable_in_portal?: boolean;
                        allow_backorders?: boolean;
                        track_stock?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            sku: string | null;
                            unit: string | null;
                            description: string | null;
                            rate_minor: number;
                            currency: string;
                            tax_id: string | null;
                            archived: boolean;
                            category: string | null;
                            sellable_in_portal: boolean;
                            allow_backorders: boolean;
                            track_stock: boolean;
                            stock: {
                                on_hand: number;
                                committed: number;
                                available: number;
                            } | null;
                            images: {
                                id: string;
                                url: string;
                                alt_text: string | null;
                                position: number;
                                content_type: string;
                                byte_size: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/items/{id}/images": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an image (PNG, JPEG or WebP, at most 2 MB, sent as base64 in JSON) */
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
                        content_type: "image/png" | "image/jpeg" | "image/webp";
                        data_base64: string;
                        alt_text?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            url: string;
                            alt_text: string | null;
                            position: number;
                            content_type: string;
                            byte_size: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/items/{id}/images/{imageId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The image's bytes */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    imageId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete an image */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    imageId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/items/{id}/stock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The item's stock in each warehouse */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            item_id: string;
                            track_stock: boolean;
                            totals: {
                                on_hand: number;
                                committed: number;
                                available: number;
                            } | null;
                            warehouses: {
                                warehouse_id: string;
                                name: string;
                                is_default: boolean;
                                archived: boolean;
                                on_hand: number;
                                committed: number;
                                available: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/items/{id}/stock-adjustments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a receipt (positive) or an adjustment (signed, with a reason) of what is on hand */
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
                        warehouse_id?: string;
                        /** @enum {string} */
                        kind: "receipt" | "adjustment";
                        quantity: number;
                        reason?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            item_id: string;
                            track_stock: boolean;
                            totals: {
                                on_hand: number;
                                committed: number;
                                available: number;
                            } | null;
                            warehouses: {
                                warehouse_id: string;
                                name: string;
                                is_default: boolean;
                                archived: boolean;
                                on_hand: number;
                                committed: number;
                                available: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/items/{id}/stock-movements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The item's stock movements, newest first */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                warehouse_id: string;
                                warehouse_name: string;
                                /** @enum {string} */
                                kind: "receipt" | "adjustment" | "shipment";
                                quantity: number;
                                reason: string | null;
                                sales_order_id: string | null;
                                package_id: string | null;
                                staff_user_id: string | null;
                                created_at: string;
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/warehouses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The warehouses, the default first */
        get: {
            parameters: {
                query?: {
                    include_archived?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                name: string;
                                address: string | null;
                                is_default: boolean;
                                archived: boolean;
                                created_at: string;
                                updated_at: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a warehouse */
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
                        address?: string | null;
                        is_default?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            address: string | null;
                            is_default: boolean;
                            archived: boolean;
                            created_at: string;
                            updated_at: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/warehouses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A warehouse */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            address: string | null;
                            is_default: boolean;
                            archived: boolean;
                            created_at: string;
                            updated_at: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename or edit a warehouse */
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
                        name?: string;
                        address?: string | null;
                        is_default?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            address: string | null;
                            is_default: boolean;
                            archived: boolean;
                            created_at: string;
                            updated_at: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/warehouses/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Archive a warehouse (not the default) */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            address: string | null;
                            is_default: boolean;
                            archived: boolean;
                            created_at: string;
                            updated_at: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/warehouses/{id}/set-default": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make a warehouse the default */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            address: string | null;
                            is_default: boolean;
                            archived: boolean;
                            created_at: string;
                            updated_at: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/number-series": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Document number series */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** @enum {string} */
                                kind: "invoice" | "estimate" | "retainer_invoice" | "credit_note" | "payment" | "sales_order" | "package" | "subscription";
                                prefix: string;
                                next_number: number;
                                padding: number;
                                example: string;
                            }[];
                        };
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
    "/api/v1/number-series/{kind}": {
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
        /** Change a series’ prefix or next number */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    kind: "invoice" | "estimate" | "retainer_invoice" | "credit_note" | "payment" | "sales_order" | "package" | "subscription";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        prefix?: string;
                        next_number?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            kind: "invoice" | "estimate" | "retainer_invoice" | "credit_note" | "payment" | "sales_order" | "package" | "subscription";
                            prefix: string;
                            next_number: number;
                            padding: number;
                            example: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/estimates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List estimates */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    customer_id?: string;
                    status?: "draft" | "sent" | "accepted" | "declined" | "changes_requested" | "expired" | "invoiced" | "partially_paid" | "paid" | "overdue" | "open" | "closed" | "void";
                    search?: string;
                    sort?: "issue_date" | "-issue_date" | "due_date" | "-due_date" | "total" | "-total" | "number" | "-number";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                /** @enum {string} */
                                kind: "estimate" | "invoice" | "retainer_invoice" | "credit_note";
                                number: string;
                                /** @enum {string} */
                                status: "draft" | "sent" | "accepted" | "declined" | "changes_requested" | "expired" | "invoiced" | "partially_paid" | "paid" | "overdue" | "open" | "closed" | "void";
                                customer: {
                                    id: string;
                                    display_name: string;
                                };
                                currency: string;
                                issue_date: string;
                                due_date: string | null;
                                expiry_date: string | null;
                                reference: string | null;
                                subtotal_minor: number;
                                discount_minor: number;
                                tax_minor: number;
                                total_minor: number;
                                paid_minor: number;
                                credited_minor: number;
                                balance_minor: number;
                                sent_at: string | null;
                                viewed_at: string | null;
                                viewed_by: {
                                    contact_person_id: string;
                                    name: string;
                                } | null;
                                accepted_at: string | null;
                                accepted_by_name: string | null;
                                declined_at: string | null;
                                decline_reason: string | null;
                                changes_requested_at: string | null;
                                voided_at: string | null;
                                marked_by_staff: {
                                    staff_user_id: string | null;
                                    name: string;
                                } | null;
                                source_document_id: string | null;
                                converted_invoice_id: string | null;
                                open_dispute_count: number;
                                created_at: string;
                                updated_at: string;
                                version: number;
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a draft estimate */
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
                        customer_id: string;
                        issue_date?: string;
                        due_date?: string | null;
                        expiry_date?: string | null;
                        reference?: string | null;
                        notes?: string | null;
                        terms?: string | null;
                        lines: {
                            item_id?: string | null;
                            name: string;
                            description?: string | null;
                            unit?: string | null;
                            quantity: number;
                            rate_minor: number;
                            discount?: ({
                                /** @enum {string} */
                                type: "percent";
                                percent: number;
                            } | {
                                /** @enum {string} */
                                type: "amount";
                                amount_minor: number;
                            }) | null;
                            tax_id?: string | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "estimate" | "invoice" | "retainer_invoice" | "credit_note";
                            number: string;
                            /** @enum {string} */
                            status: "draft" | "sent" | "accepted" | "declined" | "changes_requested" | "expired" | "invoiced" | "partially_paid" | "paid" | "overdue" | "open" | "closed" | "void";
                            customer: {
                                id: string;
                                display_name: string;
                            };
                            currency: string;
                            issue_date: string;
                            due_date: string | null;
                            expiry_date: string | null;
                            reference: string | null;
                            subtotal_minor: number;
                            discount_minor: number;
                            tax_minor: number;
                            total_minor: number;
                            paid_minor: number;
                            credited_minor: number;
                            balance_minor: number;
                            sent_at: string | null;
                            viewed_at: string | null;
                            viewed_by: {
                                contact_person_id: string;
                                name: string;
                            } | null;
                            accepted_at: string | null;
                            accepted_by_name: string | null;
                            declined_at: string | null;
                            decline_reason: string | null;
                            changes_requested_at: string | null;
                            voided_at: string | null;
                            marked_by_staff: {
                                staff_user_id: string | null;
                                name: string;
                            } | null;
                            source_document_id: string | null;
                            converted_invoice_id: string | null;
                            open_dispute_count: number;
                            created_at: string;
                            updated_at: string;
                            version: number;
                            notes: string | null;
                            terms: string | null;
                            lines: {
                                id: string;
                                position: number;
                                item_id: string | null;
                                name: string;
                                description: string | null;
                                unit: string | null;
                                quantity: number;
                                rate_minor: number;
                                discount_type: ("percent" | "amount") | null;
                                discount_percent: number | null;
                                discount_amount_minor: number | null;
                                tax_id: string | null;
                                tax_name: string | null;
                                tax_rate_percent: number;
                                gross_minor: number;
                                discount_minor: number;
                                tax_minor: number;
                                total_minor: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/estimates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A estimate with its lines; the ETag is its version */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "estimate" | "invoice" | "retainer_invoice" | "credit_note";
                            number: string;
                            /** @enum {string} */
                            status: "draft" | "sent" | "accepted" | "declined" | "changes_requested" | "expired" | "invoiced" | "partially_paid" | "paid" | "overdue" | "open" | "closed" | "void";
                            customer: {
                                id: string;
                                display_name: string;
                            };
                            currency: string;
                            issue_date: string;
                            due_date: string | null;
                            expiry_date: string | null;
                            reference: string | null;
                            subtotal_minor: number;
                            discount_minor: number;
                            tax_minor: number;
                            total_minor: number;
                            paid_minor: number;
                            credited_minor: number;
                            balance_minor: number;
                            sent_at: string | null;
                            viewed_at: string | null;
                            viewed_by: {
                                contact_person_id: string;
                                name: string;
                            } | null;
                            accepted_at: string | null;
                            accepted_by_name: string | null;
                            declined_at: string | null;
                            decline_reason: string | null;
                            changes_requested_at: string | null;
                            voided_at: string | null;
                            marked_by_staff: {
                                staff_user_id: string | null;
                                name: string;
                            } | null;
                            source_document_id: string | null;
                            converted_invoice_id: string | null;
                            open_dispute_count: number;
                            created_at: string;
                            updated_at: string;
                            version: number;
                            notes: string | null;
                            terms: string | null;
                            lines: {
                                id: string;
                                position: number;
                                item_id: string | null;
                                name: string;
                                description: string | null;
                                unit: string | null;
                                quantity: number;
                                rate_minor: number;
                                discount_type: ("percent" | "amount") | null;
                                discount_percent: number | null;
                                discount_amount_minor: number | null;
                                tax_id: string | null;
                                tax_name: string | null;
                                tax_rate_percent: number;
                                gross_minor: number;
                                discount_minor: number;
                                tax_minor: number;
                                total_minor: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a draft estimate. Send the version you saw as If-Match (the ETag) to be refused with 409 STALE_VERSION if the document changed since */
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
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a estimate; new lines replace the old ones. Send the version you saw as If-Match (the ETag) to be refused with 409 STALE_VERSION if the document changed since (or send it as `version`) */
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
                        issue_date?: string;
                        due_date?: string | null;
                        expiry_date?: string | null;
                        reference?: string | null;
                        notes?: string | null;
                        terms?: string | null;
                        lines?: {
                            item_id?: string | null;
                            name: string;
                            description?: string | null;
                            unit?: string | null;
                            quantity: number;
                            rate_minor: number;
                            discount?: ({
                                /** @enum {string} */
                                type: "percent";
                                percent: number;
                            } | {
                                /** @enum {string} */
                                type: "amount";
                                amount_minor: number;
                            }) | null;
                            tax_id?: string | null;
                        }[];
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "estimate" | "invoice" | "retainer_invoice" | "credit_note";
                            number: string;
                            /** @enum {string} */
                            status: "draft" | "sent" | "accepted" | "declined" | "changes_requested" | "expired" | "invoiced" | "partially_paid" | "paid" | "overdue" | "open" | "closed" | "void";
                            customer: {
                                id: string;
                                display_name: string;
                            };
                            currency: string;
                            issue_date: string;
                            due_date: string | null;
                            expiry_date: string | null;
                            reference: string | null;
                            subtotal_minor: number;
                            discount_minor: number;
                            tax_minor: number;
                            total_minor: number;
                            paid_minor: number;
                            credited_minor: number;
                            balance_minor: number;
                            sent_at: string | null;
                            viewed_at: string | null;
                            viewed_by: {
                                contact_person_id: string;
                                name: string;
                            } | null;
                            accepted_at: string | null;
                            accepted_by_name: string | null;
                            declined_at: string | null;
                            decline_reason: string | null;
                            changes_requested_at: string | null;
                            voided_at: string | null;
                            marked_by_staff: {
                                staff_user_id: string | null;
                                name: string;
                            } | null;
                            source_document_id: string | null;
                            converted_invoice_id: string | null;
                            open_dispute_count: number;
                            created_at: string;
                            updated_at: string;
                            version: number;
                            notes: string | null;
                            terms: string | null;
                            lines: {
                                id: string;
                                position: number;
                                item_id: string | null;
                                name: string;
                                description: string | null;
                                unit: string | null;
                                quantity: number;
                                rate_minor: number;
                                discount_type: ("percent" | "amount") | null;
                                discount_percent: number | null;
                                discount_amount_minor: number | null;
                                tax_id: string | null;
                                tax_name: string | null;
                                tax_rate_percent: number;
                                gross_minor: number;
                                discount_minor: number;
                                tax_minor: number;
                                total_minor: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/estimates/{id}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the estimate: it appears in the portal and its contacts are emailed. Send the version you saw as If-Match (the ETag) to be refused with 409 STALE_VERSION if the document changed since */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "estimate" | "invoice" | "retainer_invoice" | "credit_note";
                            number: string;
                            /** @enum {string} */
                            status: "draft" | "sent" | "accepted" | "declined" | "changes_requested" | "expired" | "invoiced" | "partially_paid" | "paid" | "overdue" | "open" | "closed" | "void";
                            customer: {
                                id: string;
                                display_name: string;
                            };
                            currency: string;
                            issue_date: string;
                            due_date: string | null;
                            expiry_date: string | null;
                            reference: string | null;
                            subtotal_minor: number;
                            discount_minor: number;
                            tax_minor: number;
                            total_minor: number;
                            paid_minor: number;
                            credited_minor: number;
                            balance_minor: number;
                            sent_at: string | null;
                            viewed_at: string | null;
                            viewed_by: {
                                contact_person_id: string;
                                name: string;
                            } | null;
                            accepted_at: string | null;
                            accepted_by_name: string | null;
                            declined_at: string | null;
                            decline_reason: string | null;
                            changes_requested_at: string | null;
                            voided_at: string | null;
                            marked_by_staff: {
                                staff_user_id: string | null;
                                name: string;
                            } | null;
                            source_document_id: string | null;
                            converted_invoice_id: string | null;
                            open_dispute_count: number;
                            created_at: string;
                            updated_at: string;
                            version: number;
                            notes: string | null;
                            terms: string | null;
                            lines: {
                                id: string;
                                position: number;
                                item_id: string | null;
                                name: string;
                                description: string | null;
                                unit: string | null;
                                quantity: number;
                                rate_minor: number;
                                discount_type: ("percent" | "amount") | null;
                                discount_percent: number | null;
                                discount_amount_minor: number | null;
                                tax_id: string | null;
                                tax_name: string | null;
                                tax_rate_percent: number;
                                gross_minor: number;
                                discount_minor: number;
                                tax_minor: number;
                                total_minor: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List invoices */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    customer_id?: string;
                    status?: "draft" | "sent" | "accepted" | "declined" | "changes_requested" | "expired" | "invoiced" | "partially_paid" | "paid" | "overdue" | "open" | "closed" | "void";
                    search?: string;
                    sort?: "issue_date" | "-issue_date" | "due_date" | "-due_date" | "total" | "-total" | "number" | "-number";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                /** @enum {string} */
                                kind: "estimate" | "invoice" | "retainer_invoice" | "credit_note";
                                number: string;
                                /** @enum {string} */
                                status: "draft" | "sent" | "accepted" | "declined" | "changes_requested" | "expired" | "invoiced" | "partially_paid" | "paid" | "overdue" | "open" | "closed" | "void";
                                customer: {
                                    id: string;
                                    display_name: string;
                                };
                                currency: string;
                                issue_date: string;
                                due_date: string | null;
                                expiry_date: string | null;
                                reference: string | null;
                                subtotal_minor: number;
                                discount_minor: number;
                                tax_minor: number;
                                total_minor: number;
                                paid_minor: number;
                                credited_minor: number;
                                balance_minor: number;
                                sent_at: string | null;
                                viewed_at: string | null;
                                viewed_by: {
                                    contact_person_id: string;
                                    name: string;
                                } | null;
                                accepted_at: string | null;
                                accepted_by_name: string | null;
                                declined_at: string | null;
                                decline_reason: string | null;
                                changes_requested_at: string | null;
                                voided_at: string | null;
                                marked_by_staff: {
                                    staff_user_id: string | null;
                                    name: string;
                                } | null;
                                source_document_id: string | null;
                                converted_invoice_id: string | null;
                                open_dispute_count: number;
                                created_at: string;
                                updated_at: string;
                                version: number;
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a draft invoice */
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
                        customer_id: string;
                        issue_date?: string;
                        due_date?: string | null;
                        expiry_date?: string | null;
                        reference?: string | null;
                        notes?: string | null;
                        terms?: string | null;
                        lines: {
                            item_id?: string | null;
                            name: string;
                            description?: string | null;
                            unit?: string | null;
                            quantity: number;
                            rate_minor: number;
                            discount?: ({
                                /** @enum {string} */
                                type: "percent";
                                percent: number;
                            } | {
                                /** @enum {string} */
                                type: "amount";
                                amount_minor: number;
                            }) | null;
                            tax_id?: string | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "estimate" | "invoice" | "retainer_invoice" | "credit_note";
                            number: string;
                            /** @enum {string} */
                            status: "draft" | "sent" | "accepted" | "declined" | "changes_requested" | "expired" | "invoiced" | "partially_paid" | "paid" | "overdue" | "open" | "closed" | "void";
                            customer: {
                                id: string;
                                display_name: string;
                            };
                            currency: string;
                            issue_date: string;
                            due_date: string | null;
                            expiry_date: string | null;
                            reference: string | null;
                            subtotal_minor: number;
                            discount_minor: number;
                            tax_minor: number;
                            total_minor: number;
                            paid_minor: number;
                            credited_minor: number;
                            balance_minor: number;
                            sent_at: string | null;
                            viewed_at: string | null;
                            viewed_by: {
                                contact_person_id: string;
                                name: string;
                            } | null;
                            accepted_at: string | null;
                            accepted_by_name: string | null;
                            declined_at: string | null;
                            decline_reason: string | null;
                            changes_requested_at: string | null;
                            voided_at: string | null;
                            marked_by_staff: {
                                staff_user_id: string | null;
                                name: string;
                            } | null;
                            source_document_id: string | null;
                            converted_invoice_id: string | null;
                            open_dispute_count: number;
                            created_at: string;
                            updated_at: string;
                            version: number;
                            notes: string | null;
                            terms: string | null;
                            lines: {
                                id: string;
                                position: number;
                                item_id: string | null;
                                name: string;
                                description: string | null;
                                unit: string | null;
                                quantity: number;
                                rate_minor: number;
                                discount_type: ("percent" | "amount") | null;
                                discount_percent: number | null;
                                discount_amount_minor: number | null;
                                tax_id: string | null;
                                tax_name: string | null;
                                tax_rate_percent: number;
                                gross_minor: number;
                                discount_minor: number;
                                tax_minor: number;
                                total_minor: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/invoices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A invoice with its lines; the ETag is its version */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "estimate" | "invoice" | "retainer_invoice" | "credit_note";
                            number: string;
                            /** @enum {string} */
                            status: "draft" | "sent" | "accepted" | "declined" | "changes_requested" | "expired" | "invoiced" | "partially_paid" | "paid" | "overdue" | "open" | "closed" | "void";
                            customer: {
                                id: string;
                                display_name: string;
                            };
                            currency: string;
                            issue_date: string;
                            due_date: string | null;
                            expiry_date: string | null;
                            reference: string | null;
                            subtotal_minor: number;
                            discount_minor: number;
                            tax_minor: number;
                            total_minor: number;
                            paid_minor: number;
                            credited_minor: number;
                            balance_minor: number;
                            sent_at: string | null;
                            viewed_at: string | null;
                            viewed_by: {
                                contact_person_id: string;
                                name: string;
                            } | null;
                            accepted_at: string | null;
                            accepted_by_name: string | null;
                            declined_at: string | null;
                            decline_reason: string | null;
                            changes_requested_at: string | null;
                            voided_at: string | null;
                            marked_by_staff: {
                                staff_user_id: string | null;
                                name: string;
                            } | null;
                            source_document_id: string | null;
                            converted_invoice_id: string | null;
                            open_dispute_count: number;
                            created_at: string;
                            updated_at: string;
                            version: number;
                            notes: string | null;
                            terms: string | null;
                            lines: {
                                id: string;
                                position: number;
                                item_id: string | null;
                                name: string;
                                description: string | null;
                                unit: string | null;
                                quantity: number;
                                rate_minor: number;
                                discount_type: ("percent" | "amount") | null;
                                discount_percent: number | null;
                                discount_amount_minor: number | null;
                                tax_id: string | null;
                                tax_name: string | null;
                                tax_rate_percent: number;
                                gross_minor: number;
                                discount_minor: number;
                                tax_minor: number;
                                total_minor: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a draft invoice. Send the version you saw as If-Match (the ETag) to be refused with 409 STALE_VERSION if the document changed since */
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
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a invoice; new lines replace the old ones. Send the version you saw as If-Match (the ETag) to be refused with 409 STALE_VERSION if the document changed since (or send it as `version`) */
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
                        issue_date?: string;
                        due_date?: string | null;
                        expiry_date?: string | null;
                        reference?: string | null;
                        notes?: string | null;
                        terms?: string | null;
                        lines?: {
                            item_id?: string | null;
                            name: string;
                            description?: string | null;
                            unit?: string | null;
                            quantity: number;
                            rate_minor: number;
                            discount?: ({
                                /** @enum {string} */
                                type: "percent";
                                percent: number;
                            } | {
                                /** @enum {string} */
                                type: "amount";
                                amount_minor: number;
                            }) | null;
                            tax_id?: string | null;
                        }[];
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "estimate" | "invoice" | "retainer_invoice" | "credit_note";
                            number: string;
                            /** @enum {string} */
                            status: "draft" | "sent" | "accepted" | "declined" | "changes_requested" | "expired" | "invoiced" | "partially_paid" | "paid" | "overdue" | "open" | "closed" | "void";
                            customer: {
                                id: string;
                                display_name: string;
                            };
                            currency: string;
                            issue_date: string;
                            due_date: string | null;
                            expiry_date: string | null;
                            reference: string | null;
                            subtotal_minor: number;
                            discount_minor: number;
                            tax_minor: number;
                            total_minor: number;
                            paid_minor: number;
                            credited_minor: number;
                            balance_minor: number;
                            sent_at: string | null;
                            viewed_at: string | null;
                            viewed_by: {
                                contact_person_id: string;
                                name: string;
                            } | null;
                            accepted_at: string | null;
                            accepted_by_name: string | null;
                            declined_at: string | null;
                            decline_reason: string | null;
                            changes_requested_at: string | null;
                            voided_at: string | null;
                            marked_by_staff: {
                                staff_user_id: string | null;
                                name: string;
                            } | null;
                            source_document_id: string | null;
                            converted_invoice_id: string | null;
                            open_dispute_count: number;
                            created_at: string;
                            updated_at: string;
                            version: number;
                            notes: string | null;
                            terms: string | null;
                            lines: {
                                id: string;
                                position: number;
                                item_id: string | null;
                                name: string;
                                description: string | null;
                                unit: string | null;
                                quantity: number;
                                rate_minor: number;
                                discount_type: ("percent" | "amount") | null;
                                discount_percent: number | null;
                                discount_amount_minor: number | null;
                                tax_id: string | null;
                                tax_name: string | null;
                                tax_rate_percent: number;
                                gross_minor: number;
                                discount_minor: number;
                                tax_minor: number;
                                total_minor: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/invoices/{id}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the invoice: it appears in the portal and its contacts are emailed. Send the version you saw as If-Match (the ETag) to be refused with 409 STALE_VERSION if the document changed since */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "estimate" | "invoice" | "retainer_invoice" | "credit_note";
                            number: string;
                            /** @enum {string} */
                            status: "draft" | "sent" | "accepted" | "declined" | "changes_requested" | "expired" | "invoiced" | "partially_paid" | "paid" | "overdue" | "open" | "closed" | "void";
                            customer: {
                                id: string;
                                display_name: string;
                            };
                            currency: string;
                            issue_date: string;
                            due_date: string | null;
                            expiry_date: string | null;
                            reference: string | null;
                            subtotal_minor: number;
                            discount_minor: number;
                            tax_minor: number;
                            total_minor: number;
                            paid_minor: number;
                            credited_minor: number;
                            balance_minor: number;
                            sent_at: string | null;
                            viewed_at: string | null;
                            viewed_by: {
                                contact_person_id: string;
                                name: string;
                            } | null;
                            accepted_at: string | null;
                            accepted_by_name: string | null;
                            declined_at: string | null;
                            decline_reason: string | null;
                            changes_requested_at: string | null;
                            voided_at: string | null;
                            marked_by_staff: {
                                staff_user_id: string | null;
                                name: string;
                            } | null;
                            source_document_id: string | null;
                            converted_invoice_id: string | null;
                            open_dispute_count: number;
                            created_at: string;
                            updated_at: string;
                            version: number;
                            notes: string | null;
                            terms: string | null;
                            lines: {
                                id: string;
                                position: number;
                                item_id: string | null;
                                name: string;
                                description: string | null;
                                unit: string | null;
                                quantity: number;
                                rate_minor: number;
                                discount_type: ("percent" | "amount") | null;
                                discount_percent: number | null;
                                discount_amount_minor: number | null;
                                tax_id: string | null;
                                tax_name: string | null;
                                tax_rate_percent: number;
                                gross_minor: number;
                                discount_minor: number;
                                tax_minor: number;
                                total_minor: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/invoices/{id}/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Void the invoice. Send the version you saw as If-Match (the ETag) to be refused with 409 STALE_VERSION if the document changed since */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "estimate" | "invoice" | "retainer_invoice" | "credit_note";
                            number: string;
                            /** @enum {string} */
                            status: "draft" | "sent" | "accepted" | "declined" | "changes_requested" | "expired" | "invoiced" | "partially_paid" | "paid" | "overdue" | "open" | "closed" | "void";
                            customer: {
                                id: string;
                                display_name: string;
                            };
                            currency: string;
                            issue_date: string;
                            due_date: string | null;
                            expiry_date: string | null;
                            reference: string | null;
                            subtotal_minor: number;
                            discount_minor: number;
                            tax_minor: number;
                            total_minor: number;
                            paid_minor: number;
                            credited_minor: number;
                            balance_minor: number;
                            sent_at: string | null;
                            viewed_at: string | null;
                            viewed_by: {
                                contact_person_id: string;
                                name: string;
                            } | null;
                            accepted_at: string | null;
                            accepted_by_name: string | null;
                            declined_at: string | null;
                            decline_reason: string | null;
                            changes_requested_at: string | null;
                            voided_at: string | null;
                            marked_by_staff: {
                                staff_user_id: string | null;
                                name: string;
                            } | null;
                            source_document_id: string | null;
                            converted_invoice_id: string | null;
                            open_dispute_count: number;
                            created_at: string;
                            updated_at: string;
                            version: number;
                            notes: string | null;
                            terms: string | null;
                            lines: {
                                id: string;
                                position: number;
                                item_id: string | null;
                                name: string;
                                description: string | null;
                                unit: string | null;
                                quantity: number;
                                rate_minor: number;
                                discount_type: ("percent" | "amount") | null;
                                discount_percent: number | null;
                                discount_amount_minor: number | null;
                                tax_id: string | null;
                                tax_name: string | null;
                                tax_rate_percent: number;
                                gross_minor: number;
                                discount_minor: number;
                                tax_minor: number;
                                total_minor: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/retainer-invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List retainer invoices */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    customer_id?: string;
                    status?: "draft" | "sent" | "accepted" | "declined" | "changes_requested" | "expired" | "invoiced" | "partially_paid" | "paid" | "overdue" | "open" | "closed" | "void";
                    search?: string;
                    sort?: "issue_date" | "-issue_date" | "due_date" | "-due_date" | "total" | "-total" | "number" | "-number";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                /** @enum {string} */
                                kind: "estimate" | "invoice" | "retainer_invoice" | "credit_note";
                                number: string;
                                /** @enum {string} */
                                status: "draft" | "sent" | "accepted" | "declined" | "changes_requested" | "expired" | "invoiced" | "partially_paid" | "paid" | "overdue" | "open" | "closed" | "void";
                                customer: {
                                    id: string;
                                    display_name: string;
                                };
                                currency: string;
                                issue_date: string;
                                due_date: string | null;
                                expiry_date: string | null;
                                reference: string | null;
                                subtotal_minor: number;
                                discount_minor: number;
                                tax_minor: number;
                                total_minor: number;
                                paid_minor: number;
                                credited_minor: number;
                                balance_minor: number;
                                sent_at: string | null;
                                viewed_at: string | null;
                                viewed_by: {
                                    contact_person_id: string;
                                    name: string;
                                } | null;
                                accepted_at: string | null;
                                accepted_by_name: string | null;
                                declined_at: string | null;
                                decline_reason: string | null;
                                changes_requested_at: string | null;
                                voided_at: string | null;
                                marked_by_staff: {
                                    staff_user_id: string | null;
                                    name: string;
                                } | null;
                                source_document_id: string | null;
                                converted_invoice_id: string | null;
                                open_dispute_count: number;
                                created_at: string;
                                updated_at: string;
                                version: number;
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a draft retainer invoice */
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
                        customer_id: string;
                        issue_date?: string;
                        due_date?: string | null;
                        expiry_date?: string | null;
                        reference?: string | null;
                        notes?: string | null;
                        terms?: string | null;
                        lines: {
                            item_id?: string | null;
                            name: string;
                            description?: string | null;
                            unit?: string | null;
                            quantity: number;
                            rate_minor: number;
                            discount?: ({
                                /** @enum {string} */
                                type: "percent";
                                percent: number;
                            } | {
                                /** @enum {string} */
                                type: "amount";
                                amount_minor: number;
                            }) | null;
                            tax_id?: string | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "estimate" | "invoice" | "retainer_invoice" | "credit_note";
                            number: string;
                            /** @enum {string} */
                            status: "draft" | "sent" | "accepted" | "declined" | "changes_requested" | "expired" | "invoiced" | "partially_paid" | "paid" | "overdue" | "open" | "closed" | "void";
                            customer: {
                                id: string;
                                display_name: string;
                            };
                            currency: string;
                            issue_date: string;
                            due_date: string | null;
                            expiry_date: string | null;
                            reference: string | null;
                            subtotal_minor: number;
                            discount_minor: number;
                            tax_minor: number;
                            total_minor: number;
                            paid_minor: number;
                            credited_minor: number;
                            balance_minor: number;
                            sent_at: string | null;
                            viewed_at: string | null;
                            viewed_by: {
                                contact_person_id: string;
                                name: string;
                            } | null;
                            accepted_at: string | null;
                            accepted_by_name: string | null;
                            declined_at: string | null;
                            decline_reason: string | null;
                            changes_requested_at: string | null;
                            voided_at: string | null;
                            marked_by_staff: {
                                staff_user_id: string | null;
                                name: string;
                            } | null;
                            source_document_id: string | null;
                            converted_invoice_id: string | null;
                            open_dispute_count: number;
                            created_at: string;
                            updated_at: string;
                            version: number;
                            notes: string | null;
                            terms: string | null;
                            lines: {
                                id: string;
                                position: number;
                                item_id: string | null;
                                name: string;
                                description: string | null;
                                unit: string | null;
                                quantity: number;
                                rate_minor: number;
                                discount_type: ("percent" | "amount") | null;
                                discount_percent: number | null;
                                discount_amount_minor: number | null;
                                tax_id: string | null;
                                tax_name: string | null;
                                tax_rate_percent: number;
                                gross_minor: number;
                                discount_minor: number;
                                tax_minor: number;
                                total_minor: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/retainer-invoices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A retainer invoice with its lines; the ETag is its version */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "estimate" | "invoice" | "retainer_invoice" | "credit_note";
                            number: string;
                            /** @enum {string} */
                            status: "draft" | "sent" | "accepted" | "declined" | "changes_requested" | "expired" | "invoiced" | "partially_paid" | "paid" | "overdue" | "open" | "closed" | "void";
                            customer: {
                                id: string;
                                display_name: string;
                            };
                            currency: string;
                            issue_date: string;
                            due_date: string | null;
                            expiry_date: string | null;
                            reference: string | null;
                            subtotal_minor: number;
                            discount_minor: number;
                            tax_minor: number;
                            total_minor: number;
                            paid_minor: number;
                            credited_minor: number;
                            balance_minor: number;
                            sent_at: string | null;
                            viewed_at: string | null;
                            viewed_by: {
                                contact_person_id: string;
                                name: string;
                            } | null;
                            accepted_at: string | null;
                            accepted_by_name: string | null;
                            declined_at: string | null;
                            decline_reason: string | null;
                            changes_requested_at: string | null;
                            voided_at: string | null;
                            marked_by_staff: {
                                staff_user_id: string | null;
                                name: string;
                            } | null;
                            source_document_id: string | null;
                            converted_invoice_id: string | null;
                            open_dispute_count: number;
                            created_at: string;
                            updated_at: string;
                            version: number;
                            notes: string | null;
                            terms: string | null;
                            lines: {
                                id: string;
                                position: number;
                                item_id: string | null;
                                name: string;
                                description: string | null;
                                unit: string | null;
                                quantity: number;
                                rate_minor: number;
                                discount_type: ("percent" | "amount") | null;
                                discount_percent: number | null;
                                discount_amount_minor: number | null;
                                tax_id: string | null;
                                tax_name: string | null;
                                tax_rate_percent: number;
                                gross_minor: number;
                                discount_minor: number;
                                tax_minor: number;
                                total_minor: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a draft retainer invoice. Send the version you saw as If-Match (the ETag) to be refused with 409 STALE_VERSION if the document changed since */
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
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a retainer invoice; new lines replace the old ones. Send the version you saw as If-Match (the ETag) to be refused with 409 STALE_VERSION if the document changed since (or send it as `version`) */
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
                        issue_date?: string;
                        due_date?: string | null;
                        expiry_date?: string | null;
                        reference?: string | null;
                        notes?: string | null;
                        terms?: string | null;
                        lines?: {
                            item_id?: string | null;
                            name: string;
                            description?: string | null;
                            unit?: string | null;
                            quantity: number;
                            rate_minor: number;
                            discount?: ({
                                /** @enum {string} */
                                type: "percent";
                                percent: number;
                            } | {
                                /** @enum {string} */
                                type: "amount";
                                amount_minor: number;
                            }) | null;
                            tax_id?: string | null;
                        }[];
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "estimate" | "invoice" | "retainer_invoice" | "credit_note";
                            number: string;
                            /** @enum {string} */
                            status: "draft" | "sent" | "accepted" | "declined" | "changes_requested" | "expired" | "invoiced" | "partially_paid" | "paid" | "overdue" | "open" | "closed" | "void";
                            customer: {
                                id: string;
                                display_name: string;
                            };
                            currency: string;
                            issue_date: string;
                            due_date: string | null;
                            expiry_date: string | null;
                            reference: string | null;
                            subtotal_minor: number;
                            discount_minor: number;
                            tax_minor: number;
                            total_minor: number;
                            paid_minor: number;
                            credited_minor: number;
                            balance_minor: number;
                            sent_at: string | null;
                            viewed_at: string | null;
                            viewed_by: {
                                contact_person_id: string;
                                name: string;
                            } | null;
                            accepted_at: string | null;
                            accepted_by_name: string | null;
                            declined_at: string | null;
                            decline_reason: string | null;
                            changes_requested_at: string | null;
                            voided_at: string | null;
                            marked_by_staff: {
                                staff_user_id: string | null;
                                name: string;
                            } | null;
                            source_document_id: string | null;
                            converted_invoice_id: string | null;
                            open_dispute_count: number;
                            created_at: string;
                            updated_at: string;
                            version: number;
                            notes: string | null;
                            terms: string | null;
                            lines: {
                                id: string;
                                position: number;
                                item_id: string | null;
                                name: string;
                                description: string | null;
                                unit: string | null;
                                quantity: number;
                                rate_minor: number;
                                discount_type: ("percent" | "amount") | null;
                                discount_percent: number | null;
                                discount_amount_minor: number | null;
                                tax_id: string | null;
                                tax_name: string | null;
                                tax_rate_percent: number;
                                gross_minor: number;
                                discount_minor: number;
                                tax_minor: number;
                                total_minor: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/retainer-invoices/{id}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the retainer invoice: it appears in the portal and its contacts are emailed. Send the version you saw as If-Match (the ETag) to be refused with 409 STALE_VERSION if the document changed since */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "estimate" | "invoice" | "retainer_invoice" | "credit_note";
                            number: string;
                            /** @enum {string} */
                            status: "draft" | "sent" | "accepted" | "declined" | "changes_requested" | "expired" | "invoiced" | "partially_paid" | "paid" | "overdue" | "open" | "closed" | "void";
                            customer: {
                                id: string;
                                display_name: string;
                            };
                            currency: string;
                            issue_date: string;
                            due_date: string | null;
                            expiry_date: string | null;
                            reference: string | null;
                            subtotal_minor: number;
                            discount_minor: number;
                            tax_minor: number;
                            total_minor: number;
                            paid_minor: number;
                            credited_minor: number;
                            balance_minor: number;
                            sent_at: string | null;
                            viewed_at: string | null;
                            viewed_by: {
                                contact_person_id: string;
                                name: string;
                            } | null;
                            accepted_at: string | null;
                            accepted_by_name: string | null;
                            declined_at: string | null;
                            decline_reason: string | null;
                            changes_requested_at: string | null;
                            voided_at: string | null;
                            marked_by_staff: {
                                staff_user_id: string | null;
                                name: string;
                            } | null;
                            source_document_id: string | null;
                            converted_invoice_id: string | null;
                            open_dispute_count: number;
                            created_at: string;
                            updated_at: string;
                            version: number;
                            notes: string | null;
                            terms: string | null;
                            lines: {
                                id: string;
                                position: number;
                                item_id: string | null;
                                name: string;
                                description: string | null;
                                unit: string | null;
                                quantity: number;
                                rate_minor: number;
                                discount_type: ("percent" | "amount") | null;
                                discount_percent: number | null;
                                discount_amount_minor: number | null;
                                tax_id: string | null;
                                tax_name: string | null;
                                tax_rate_percent: number;
                                gross_minor: number;
                                discount_minor: number;
                                tax_minor: number;
                                total_minor: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/retainer-invoices/{id}/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Void the retainer invoice. Send the version you saw as If-Match (the ETag) to be refused with 409 STALE_VERSION if the document changed since */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "estimate" | "invoice" | "retainer_invoice" | "credit_note";
                            number: string;
                            /** @enum {string} */
                            status: "draft" | "sent" | "accepted" | "declined" | "changes_requested" | "expired" | "invoiced" | "partially_paid" | "paid" | "overdue" | "open" | "closed" | "void";
                            customer: {
                                id: string;
                                display_name: string;
                            };
                            currency: string;
                            issue_date: string;
                            due_date: string | null;
                            expiry_date: string | null;
                            reference: string | null;
                            subtotal_minor: number;
                            discount_minor: number;
                            tax_minor: number;
                            total_minor: number;
                            paid_minor: number;
                            credited_minor: number;
                            balance_minor: number;
                            sent_at: string | null;
                            viewed_at: string | null;
                            viewed_by: {
                                contact_person_id: string;
                                name: string;
                            } | null;
                            accepted_at: string | null;
                            accepted_by_name: string | null;
                            declined_at: string | null;
                            decline_reason: string | null;
                            changes_requested_at: string | null;
                            voided_at: string | null;
                            marked_by_staff: {
                                staff_user_id: string | null;
                                name: string;
                            } | null;
                            source_document_id: string | null;
                            converted_invoice_id: string | null;
                            open_dispute_count: number;
                            created_at: string;
                            updated_at: string;
                            version: number;
                            notes: string | null;
                            terms: string | null;
                            lines: {
                                id: string;
                                position: number;
                                item_id: string | null;
                                name: string;
                                description: string | null;
                                unit: string | null;
                                quantity: number;
                                rate_minor: number;
                                discount_type: ("percent" | "amount") | null;
                                discount_percent: number | null;
                                discount_amount_minor: number | null;
                                tax_id: string | null;
                                tax_name: string | null;
                                tax_rate_percent: number;
                                gross_minor: number;
                                discount_minor: number;
                                tax_minor: number;
                                total_minor: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/credit-notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List credit notes */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    customer_id?: string;
                    status?: "draft" | "sent" | "accepted" | "declined" | "changes_requested" | "expired" | "invoiced" | "partially_paid" | "paid" | "overdue" | "open" | "closed" | "void";
                    search?: string;
                    sort?: "issue_date" | "-issue_date" | "due_date" | "-due_date" | "total" | "-total" | "number" | "-number";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                /** @enum {string} */
                                kind: "estimate" | "invoice" | "retainer_invoice" | "credit_note";
                                number: string;
                                /** @enum {string} */
                                status: "draft" | "sent" | "accepted" | "declined" | "changes_requested" | "expired" | "invoiced" | "partially_paid" | "paid" | "overdue" | "open" | "closed" | "void";
                                customer: {
                                    id: string;
                                    display_name: string;
                                };
                                currency: string;
                                issue_date: string;
                                due_date: string | null;
                                expiry_date: string | null;
                                reference: string | null;
                                subtotal_minor: number;
                                discount_minor: number;
                                tax_minor: number;
                                total_minor: number;
                                paid_minor: number;
                                credited_minor: number;
                                balance_minor: number;
                                sent_at: string | null;
                                viewed_at: string | null;
                                viewed_by: {
                                    contact_person_id: string;
                                    name: string;
                                } | null;
                                accepted_at: string | null;
                                accepted_by_name: string | null;
                                declined_at: string | null;
                                decline_reason: string | null;
                                changes_requested_at: string | null;
                                voided_at: string | null;
                                marked_by_staff: {
                                    staff_user_id: string | null;
                                    name: string;
                                } | null;
                                source_document_id: string | null;
                                converted_invoice_id: string | null;
                                open_dispute_count: number;
                                created_at: string;
                                updated_at: string;
                                version: number;
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a draft credit note */
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
                        customer_id: string;
                        issue_date?: string;
                        due_date?: string | null;
                        expiry_date?: string | null;
                        reference?: string | null;
                        notes?: string | null;
                        terms?: string | null;
                        lines: {
                            item_id?: string | null;
                            name: string;
                            description?: string | null;
                            unit?: string | null;
                            quantity: number;
                            rate_minor: number;
                            discount?: ({
                                /** @enum {string} */
                                type: "percent";
                                percent: number;
                            } | {
                                /** @enum {string} */
                                type: "amount";
                                amount_minor: number;
                            }) | null;
                            tax_id?: string | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "estimate" | "invoice" | "retainer_invoice" | "credit_note";
                            number: string;
                            /** @enum {string} */
                            status: "draft" | "sent" | "accepted" | "declined" | "changes_requested" | "expired" | "invoiced" | "partially_paid" | "paid" | "overdue" | "open" | "closed" | "void";
                            customer: {
                                id: string;
                                display_name: string;
                            };
                            currency: string;
                            issue_date: string;
                            due_date: string | null;
                            expiry_date: string | null;
                            reference: string | null;
                            subtotal_minor: number;
                            discount_minor: number;
                            tax_minor: number;
                            total_minor: number;
                            paid_minor: number;
                            credited_minor: number;
                            balance_minor: number;
                            sent_at: string | null;
                            viewed_at: string | null;
                            viewed_by: {
                                contact_person_id: string;
                                name: string;
                            } | null;
                            accepted_at: string | null;
                            accepted_by_name: string | null;
                            declined_at: string | null;
                            decline_reason: string | null;
                            changes_requested_at: string | null;
                            voided_at: string | null;
                            marked_by_staff: {
                                staff_user_id: string | null;
                                name: string;
                            } | null;
                            source_document_id: string | null;
                            converted_invoice_id: string | null;
                            open_dispute_count: number;
                            created_at: string;
                            updated_at: string;
                            version: number;
                            notes: string | null;
                            terms: string | null;
                            lines: {
                                id: string;
                                position: number;
                                item_id: string | null;
                                name: string;
                                description: string | null;
                                unit: string | null;
                                quantity: number;
                                rate_minor: number;
                                discount_type: ("percent" | "amount") | null;
                                discount_percent: number | null;
                                discount_amount_minor: number | null;
                                tax_id: string | null;
                                tax_name: string | null;
                                tax_rate_percent: number;
                                gross_minor: number;
                                discount_minor: number;
                                tax_minor: number;
                                total_minor: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/credit-notes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A credit note with its lines; the ETag is its version */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "estimate" | "invoice" | "retainer_invoice" | "credit_note";
                            number: string;
                            /** @enum {string} */
                            status: "draft" | "sent" | "accepted" | "declined" | "changes_requested" | "expired" | "invoiced" | "partially_paid" | "paid" | "overdue" | "open" | "closed" | "void";
                            customer: {
                                id: string;
                                display_name: string;
                            };
                            currency: string;
                            issue_date: string;
                            due_date: string | null;
                            expiry_date: string | null;
                            reference: string | null;
                            subtotal_minor: number;
                            discount_minor: number;
                            tax_minor: number;
                            total_minor: number;
                            paid_minor: number;
                            credited_minor: number;
                            balance_minor: number;
                            sent_at: string | null;
                            viewed_at: string | null;
                            viewed_by: {
                                contact_person_id: string;
                                name: string;
                            } | null;
                            accepted_at: string | null;
                            accepted_by_name: string | null;
                            declined_at: string | null;
                            decline_reason: string | null;
                            changes_requested_at: string | null;
                            voided_at: string | null;
                            marked_by_staff: {
                                staff_user_id: string | null;
                                name: string;
                            } | null;
                            source_document_id: string | null;
                            converted_invoice_id: string | null;
                            open_dispute_count: number;
                            created_at: string;
                            updated_at: string;
                            version: number;
                            notes: string | null;
                            terms: string | null;
                            lines: {
                                id: string;
                                position: number;
                                item_id: string | null;
                                name: string;
                                description: string | null;
                                unit: string | null;
                                quantity: number;
                                rate_minor: number;
                                discount_type: ("percent" | "amount") | null;
                                discount_percent: number | null;
                                discount_amount_minor: number | null;
                                tax_id: string | null;
                                tax_name: string | null;
                                tax_rate_percent: number;
                                gross_minor: number;
                                discount_minor: number;
                                tax_minor: number;
                                total_minor: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a draft credit note. Send the version you saw as If-Match (the ETag) to be refused with 409 STALE_VERSION if the document changed since */
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
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a credit note; new lines replace the old ones. Send the version you saw as If-Match (the ETag) to be refused with 409 STALE_VERSION if the document changed since (or send it as `version`) */
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
                        issue_date?: string;
                        due_date?: string | null;
                        expiry_date?: string | null;
                        reference?: string | null;
                        notes?: string | null;
                        terms?: string | null;
                        lines?: {
                            item_id?: string | null;
                            name: string;
                            description?: string | null;
                            unit?: string | null;
                            quantity: number;
                            rate_minor: number;
                            discount?: ({
                                /** @enum {string} */
                                type: "percent";
                                percent: number;
                            } | {
                                /** @enum {string} */
                                type: "amount";
                                amount_minor: number;
                            }) | null;
                            tax_id?: string | null;
                        }[];
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "estimate" | "invoice" | "retainer_invoice" | "credit_note";
                            number: string;
                            /** @enum {string} */
                            status: "draft" | "sent" | "accepted" | "declined" | "changes_requested" | "expired" | "invoiced" | "partially_paid" | "paid" | "overdue" | "open" | "closed" | "void";
                            customer: {
                                id: string;
                                display_name: string;
                            };
                            currency: string;
                            issue_date: string;
                            due_date: string | null;
                            expiry_date: string | null;
                            reference: string | null;
                            subtotal_minor: number;
                            discount_minor: number;
                            tax_minor: number;
                            total_minor: number;
                            paid_minor: number;
                            credited_minor: number;
                            balance_minor: number;
                            sent_at: string | null;
                            viewed_at: string | null;
                            viewed_by: {
                                contact_person_id: string;
                                name: string;
                            } | null;
                            accepted_at: string | null;
                            accepted_by_name: string | null;
                            declined_at: string | null;
                            decline_reason: string | null;
                            changes_requested_at: string | null;
                            voided_at: string | null;
                            marked_by_staff: {
                                staff_user_id: string | null;
                                name: string;
                            } | null;
                            source_document_id: string | null;
                            converted_invoice_id: string | null;
                            open_dispute_count: number;
                            created_at: string;
                            updated_at: string;
                            version: number;
                            notes: string | null;
                            terms: string | null;
                            lines: {
                                id: string;
                                position: number;
                                item_id: string | null;
                                name: string;
                                description: string | null;
                                unit: string | null;
                                quantity: number;
                                rate_minor: number;
                                discount_type: ("percent" | "amount") | null;
                                discount_percent: number | null;
                                discount_amount_minor: number | null;
                                tax_id: string | null;
                                tax_name: string | null;
                                tax_rate_percent: number;
                                gross_minor: number;
                                discount_minor: number;
                                tax_minor: number;
                                total_minor: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/credit-notes/{id}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the credit note: it appears in the portal and its contacts are emailed. Send the version you saw as If-Match (the ETag) to be refused with 409 STALE_VERSION if the document changed since */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "estimate" | "invoice" | "retainer_invoice" | "credit_note";
                            number: string;
                            /** @enum {string} */
                            status: "draft" | "sent" | "accepted" | "declined" | "changes_requested" | "expired" | "invoiced" | "partially_paid" | "paid" | "overdue" | "open" | "closed" | "void";
                            customer: {
                                id: string;
                                display_name: string;
                            };
                            currency: string;
                            issue_date: string;
                            due_date: string | null;
                            expiry_date: string | null;
                            reference: string | null;
                            subtotal_minor: number;
                            discount_minor: number;
                            tax_minor: number;
                            total_minor: number;
                            paid_minor: number;
                            credited_minor: number;
                            balance_minor: number;
                            sent_at: string | null;
                            viewed_at: string | null;
                            viewed_by: {
                                contact_person_id: string;
                                name: string;
                            } | null;
                            accepted_at: string | null;
                            accepted_by_name: string | null;
                            declined_at: string | null;
                            decline_reason: string | null;
                            changes_requested_at: string | null;
                            voided_at: string | null;
                            marked_by_staff: {
                                staff_user_id: string | null;
                                name: string;
                            } | null;
                            source_document_id: string | null;
                            converted_invoice_id: string | null;
                            open_dispute_count: number;
                            created_at: string;
                            updated_at: string;
                            version: number;
                            notes: string | null;
                            terms: string | null;
                            lines: {
                                id: string;
                                position: number;
                                item_id: string | null;
                                name: string;
                                description: string | null;
                                unit: string | null;
                                quantity: number;
                                rate_minor: number;
                                discount_type: ("percent" | "amount") | null;
                                discount_percent: number | null;
                                discount_amount_minor: number | null;
                                tax_id: string | null;
                                tax_name: string | null;
                                tax_rate_percent: number;
                                gross_minor: number;
                                discount_minor: number;
                                tax_minor: number;
                                total_minor: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/credit-notes/{id}/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Void the credit note. Send the version you saw as If-Match (the ETag) to be refused with 409 STALE_VERSION if the document changed since */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "estimate" | "invoice" | "retainer_invoice" | "credit_note";
                            number: string;
                            /** @enum {string} */
                            status: "draft" | "sent" | "accepted" | "declined" | "changes_requested" | "expired" | "invoiced" | "partially_paid" | "paid" | "overdue" | "open" | "closed" | "void";
                            customer: {
                                id: string;
                                display_name: string;
                            };
                            currency: string;
                            issue_date: string;
                            due_date: string | null;
                            expiry_date: string | null;
                            reference: string | null;
                            subtotal_minor: number;
                            discount_minor: number;
                            tax_minor: number;
                            total_minor: number;
                            paid_minor: number;
                            credited_minor: number;
                            balance_minor: number;
                            sent_at: string | null;
                            viewed_at: string | null;
                            viewed_by: {
                                contact_person_id: string;
                                name: string;
                            } | null;
                            accepted_at: string | null;
                            accepted_by_name: string | null;
                            declined_at: string | null;
                            decline_reason: string | null;
                            changes_requested_at: string | null;
                            voided_at: string | null;
                            marked_by_staff: {
                                staff_user_id: string | null;
                                name: string;
                            } | null;
                            source_document_id: string | null;
                            converted_invoice_id: string | null;
                            open_dispute_count: number;
                            created_at: string;
                            updated_at: string;
                            version: number;
                            notes: string | null;
                            terms: string | null;
                            lines: {
                                id: string;
                                position: number;
                                item_id: string | null;
                                name: string;
                                description: string | null;
                                unit: string | null;
                                quantity: number;
                                rate_minor: number;
                                discount_type: ("percent" | "amount") | null;
                                discount_percent: number | null;
                                discount_amount_minor: number | null;
                                tax_id: string | null;
                                tax_name: string | null;
                                tax_rate_percent: number;
                                gross_minor: number;
                                discount_minor: number;
                                tax_minor: number;
                                total_minor: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/estimates/{id}/convert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn an accepted estimate into a draft invoice. Send the version you saw as If-Match (the ETag) to be refused with 409 STALE_VERSION if the document changed since */
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
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "estimate" | "invoice" | "retainer_invoice" | "credit_note";
                            number: string;
                            /** @enum {string} */
                            status: "draft" | "sent" | "accepted" | "declined" | "changes_requested" | "expired" | "invoiced" | "partially_paid" | "paid" | "overdue" | "open" | "closed" | "void";
                            customer: {
                                id: string;
                                display_name: string;
                            };
                            currency: string;
                            issue_date: string;
                            due_date: string | null;
                            expiry_date: string | null;
                            reference: string | null;
                            subtotal_minor: number;
                            discount_minor: number;
                            tax_minor: number;
                            total_minor: number;
                            paid_minor: number;
                            credited_minor: number;
                            balance_minor: number;
                            sent_at: string | null;
                            viewed_at: string | null;
                            viewed_by: {
                                contact_person_id: string;
                                name: string;
                            } | null;
                            accepted_at: string | null;
                            accepted_by_name: string | null;
                            declined_at: string | null;
                            decline_reason: string | null;
                            changes_requested_at: string | null;
                            voided_at: string | null;
                            marked_by_staff: {
                                staff_user_id: string | null;
                                name: string;
                            } | null;
                            source_document_id: string | null;
                            converted_invoice_id: string | null;
                            open_dispute_count: number;
                            created_at: string;
                            updated_at: string;
                            version: number;
                            notes: string | null;
                            terms: string | null;
                            lines: {
                                id: string;
                                position: number;
                                item_id: string | null;
                                name: string;
                                description: string | null;
                                unit: string | null;
                                quantity: number;
                                rate_minor: number;
                                discount_type: ("percent" | "amount") | null;
                                discount_percent: number | null;
                                discount_amount_minor: number | null;
                                tax_id: string | null;
                                tax_name: string | null;
                                tax_rate_percent: number;
                                gross_minor: number;
                                discount_minor: number;
                                tax_minor: number;
                                total_minor: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/estimates/{id}/mark-accepted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a sent estimate accepted on the customer’s behalf, optionally naming who accepted. Send the version you saw as If-Match (the ETag) to be refused with 409 STALE_VERSION if the document changed since (or send it as `version`) */
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
                        name?: string;
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "estimate" | "invoice" | "retainer_invoice" | "credit_note";
                            number: string;
                            /** @enum {string} */
                            status: "draft" | "sent" | "accepted" | "declined" | "changes_requested" | "expired" | "invoiced" | "partially_paid" | "paid" | "overdue" | "open" | "closed" | "void";
                            customer: {
                                id: string;
                                display_name: string;
                            };
                            currency: string;
                            issue_date: string;
                            due_date: string | null;
                            expiry_date: string | null;
                            reference: string | null;
                            subtotal_minor: number;
                            discount_minor: number;
                            tax_minor: number;
                            total_minor: number;
                            paid_minor: number;
                            credited_minor: number;
                            balance_minor: number;
                            sent_at: string | null;
                            viewed_at: string | null;
                            viewed_by: {
                                contact_person_id: string;
                                name: string;
                            } | null;
                            accepted_at: string | null;
                            accepted_by_name: string | null;
                            declined_at: string | null;
                            decline_reason: string | null;
                            changes_requested_at: string | null;
                            voided_at: string | null;
                            marked_by_staff: {
                                staff_user_id: string | null;
                                name: string;
                            } | null;
                            source_document_id: string | null;
                            converted_invoice_id: string | null;
                            open_dispute_count: number;
                            created_at: string;
                            updated_at: string;
                            version: number;
                            notes: string | null;
                            terms: string | null;
                            lines: {
                                id: string;
                                position: number;
                                item_id: string | null;
                                name: string;
                                description: string | null;
                                unit: string | null;
                                quantity: number;
                                rate_minor: number;
                                discount_type: ("percent" | "amount") | null;
                                discount_percent: number | null;
                                discount_amount_minor: number | null;
                                tax_id: string | null;
                                tax_name: string | null;
                                tax_rate_percent: number;
                                gross_minor: number;
                                discount_minor: number;
                                tax_minor: number;
                                total_minor: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/estimates/{id}/mark-declined": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a sent estimate declined on the customer’s behalf, optionally with their reason. Send the version you saw as If-Match (the ETag) to be refused with 409 STALE_VERSION if the document changed since (or send it as `version`) */
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
                        reason?: string;
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "estimate" | "invoice" | "retainer_invoice" | "credit_note";
                            number: string;
                            /** @enum {string} */
                            status: "draft" | "sent" | "accepted" | "declined" | "changes_requested" | "expired" | "invoiced" | "partially_paid" | "paid" | "overdue" | "open" | "closed" | "void";
                            customer: {
                                id: string;
                                display_name: string;
                            };
                            currency: string;
                            issue_date: string;
                            due_date: string | null;
                            expiry_date: string | null;
                            reference: string | null;
                            subtotal_minor: number;
                            discount_minor: number;
                            tax_minor: number;
                            total_minor: number;
                            paid_minor: number;
                            credited_minor: number;
                            balance_minor: number;
                            sent_at: string | null;
                            viewed_at: string | null;
                            viewed_by: {
                                contact_person_id: string;
                                name: string;
                            } | null;
                            accepted_at: string | null;
                            accepted_by_name: string | null;
                            declined_at: string | null;
                            decline_reason: string | null;
                            changes_requested_at: string | null;
                            voided_at: string | null;
                            marked_by_staff: {
                                staff_user_id: string | null;
                                name: string;
                            } | null;
                            source_document_id: string | null;
                            converted_invoice_id: string | null;
                            open_dispute_count: number;
                            created_at: string;
                            updated_at: string;
                            version: number;
                            notes: string | null;
                            terms: string | null;
                            lines: {
                                id: string;
                                position: number;
                                item_id: string | null;
                                name: string;
                                description: string | null;
                                unit: string | null;
                                quantity: number;
                                rate_minor: number;
                                discount_type: ("percent" | "amount") | null;
                                discount_percent: number | null;
                                discount_amount_minor: number | null;
                                tax_id: string | null;
                                tax_name: string | null;
                                tax_rate_percent: number;
                                gross_minor: number;
                                discount_minor: number;
                                tax_minor: number;
                                total_minor: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/sales-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List sales orders */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    customer_id?: string;
                    status?: "draft" | "pending_approval" | "confirmed" | "partially_shipped" | "shipped" | "delivered" | "cancelled";
                    search?: string;
                    sort?: "order_date" | "-order_date" | "number" | "-number" | "total" | "-total";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                number: string;
                                /** @enum {string} */
                                status: "draft" | "pending_approval" | "confirmed" | "partially_shipped" | "shipped" | "delivered" | "cancelled";
                                customer: {
                                    id: string;
                                    display_name: string;
                                };
                                currency: string;
                                order_date: string;
                                expected_shipment_date: string | null;
                                po_number: string | null;
                                subtotal_minor: number;
                                discount_minor: number;
                                tax_minor: number;
                                total_minor: number;
                                /** @enum {string} */
                                placed_via: "staff" | "portal" | "api";
                                placed_by_contact_id: string | null;
                                confirmed_at: string | null;
                                shipped_at: string | null;
                                delivered_at: string | null;
                                cancelled_at: string | null;
                                cancel_reason: string | null;
                                created_at: string;
                                updated_at: string;
                                version: number;
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        /** Create a sales order: a draft, or confirmed at once (holding stock). Lines of items without a rate are priced for the customer */
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
                        customer_id: string;
                        /**
                         * @default draft
                         * @enum {string}
                         */
                        status?: "draft" | "confirmed";
                        order_date?: string;
                        expected_shipment_date?: string | null;
                        po_number?: string | null;
                        notes?: string | null;
                        shipping_address_id?: string | null;
                        shipping_address?: string | null;
                        lines: {
                            item_id?: string | null;
                            name?: string;
                            description?: string | null;
                            quantity: number;
                            rate_minor?: number;
                            discount?: ({
                                /** @enum {string} */
                                type: "percent";
                                percent: number;
                            } | {
                                /** @enum {string} */
                                type: "amount";
                                amount_minor: number;
                            }) | null;
                            tax_id?: string | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            number: string;
                            /** @enum {string} */
                            status: "draft" | "pending_approval" | "confirmed" | "partially_shipped" | "shipped" | "delivered" | "cancelled";
                            customer: {
                                id: string;
                                display_name: string;
                            };
                            currency: string;
                            order_date: string;
                            expected_shipment_date: string | null;
                            po_number: string | null;
                            subtotal_minor: number;
                            discount_minor: number;
                            tax_minor: number;
                            total_minor: number;
                            /** @enum {string} */
                            placed_via: "staff" | "portal" | "api";
                            placed_by_contact_id: string | null;
                            confirmed_at: string | null;
                            shipped_at: string | null;
                            delivered_at: string | null;
                            cancelled_at: string | null;
                            cancel_reason: string | null;
                            created_at: string;
                            updated_at: string;
                            version: number;
                            notes: string | null;
                            terms: string | null;
                            shipping_address_id: string | null;
                            shipping_address: string | null;
                            warehouse_id: string;
                            lines: {
                                id: string;
                                position: number;
                                item_id: string | null;
                                name: string;
                                description: string | null;
                                sku: string | null;
                                unit: string | null;
                                quantity: number;
                                rate_minor: number;
                                discount_type: ("percent" | "amount") | null;
                                discount_percent: number | null;
                                discount_amount_minor: number | null;
                                tax_id: string | null;
                                tax_name: string | null;
                                tax_rate_percent: number;
                                gross_minor: number;
                                discount_minor: number;
                                tax_minor: number;
                                total_minor: number;
                                /** @enum {string} */
                                price_source: "base" | "price_list" | "manual";
                                price_list_id: string | null;
                                price_list_name: string | null;
                                price_break_min_quantity: number | null;
                                committed_quantity: number;
                                packed_quantity: number;
                                shipped_quantity: number;
                                invoiced_quantity: number;
                            }[];
                            events: {
                                id: string;
                                status: string;
                                note: string | null;
                                /** @enum {string} */
                                actor_type: "staff" | "contact" | "system" | "api";
                                actor_name: string | null;
                                created_at: string;
                            }[];
                            packages: {
                                id: string;
                                number: string;
                                /** @enum {string} */
                                status: "packed" | "shipped" | "delivered";
                                package_date: string;
                                carrier: string | null;
                                tracking_number: string | null;
                                shipped_on: string | null;
                                delivered_at: string | null;
                            }[];
                            invoices: {
                                id: string;
                                number: string;
                                status: string;
                                issue_date: string;
                                total_minor: number;
                                balance_minor: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/sales-orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A sales order with its lines, status history, packages and invoices; the ETag is its version */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            number: string;
                            /** @enum {string} */
                            status: "draft" | "pending_approval" | "confirmed" | "partially_shipped" | "shipped" | "delivered" | "cancelled";
                            customer: {
                                id: string;
                                display_name: string;
                            };
                            currency: string;
                            order_date: string;
                            expected_shipment_date: string | null;
                            po_number: string | null;
                            subtotal_minor: number;
                            discount_minor: number;
                            tax_minor: number;
                            total_minor: number;
                            /** @enum {string} */
                            placed_via: "staff" | "portal" | "api";
                            placed_by_contact_id: string | null;
                            confirmed_at: string | null;
                            shipped_at: string | null;
                            delivered_at: string | null;
                            cancelled_at: string | null;
                            cancel_reason: string | null;
                            created_at: string;
                            updated_at: string;
                            version: number;
                            notes: string | null;
                            terms: string | null;
                            shipping_address_id: string | null;
                            shipping_address: string | null;
                            warehouse_id: string;
                            lines: {
                                id: string;
                                position: number;
                                item_id: string | null;
                                name: string;
                                description: string | null;
                                sku: string | null;
                                unit: string | null;
                                quantity: number;
                                rate_minor: number;
                                discount_type: ("percent" | "amount") | null;
                                discount_percent: number | null;
                                discount_amount_minor: number | null;
                                tax_id: string | null;
                                tax_name: string | null;
                                tax_rate_percent: number;
                                gross_minor: number;
                                discount_minor: number;
                                tax_minor: number;
                                total_minor: number;
                                /** @enum {string} */
                                price_source: "base" | "price_list" | "manual";
                                price_list_id: string | null;
                                price_list_name: string | null;
                                price_break_min_quantity: number | null;
                                committed_quantity: number;
                                packed_quantity: number;
                                shipped_quantity: number;
                                invoiced_quantity: number;
                            }[];
                            events: {
                                id: string;
                                status: string;
                                note: string | null;
                                /** @enum {string} */
                                actor_type: "staff" | "contact" | "system" | "api";
                                actor_name: string | null;
                                created_at: string;
                            }[];
                            packages: {
                                id: string;
                                number: string;
                                /** @enum {string} */
                                status: "packed" | "shipped" | "delivered";
                                package_date: string;
                                carrier: string | null;
                                tracking_number: string | null;
                                shipped_on: string | null;
                                delivered_at: string | null;
                            }[];
                            invoices: {
                                id: string;
                                number: string;
                                status: string;
                                issue_date: string;
                                total_minor: number;
                                balance_minor: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a draft or pending order; new lines replace the old ones. Send the version you saw as If-Match (the ETag) to be refused with 409 STALE_VERSION if the order changed since (or send it as `version`) */
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
                        order_date?: string;
                        expected_shipment_date?: string | null;
                        po_number?: string | null;
                        notes?: string | null;
                        shipping_address_id?: string | null;
                        shipping_address?: string | null;
                        lines?: {
                            item_id?: string | null;
                            name?: string;
                            description?: string | null;
                            quantity: number;
                            rate_minor?: number;
                            discount?: ({
                                /** @enum {string} */
                                type: "percent";
                                percent: number;
                            } | {
                                /** @enum {string} */
                                type: "amount";
                                amount_minor: number;
                            }) | null;
                            tax_id?: string | null;
                        }[];
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            number: string;
                            /** @enum {string} */
                            status: "draft" | "pending_approval" | "confirmed" | "partially_shipped" | "shipped" | "delivered" | "cancelled";
                            customer: {
                                id: string;
                                display_name: string;
                            };
                            currency: string;
                            order_date: string;
                            expected_shipment_date: string | null;
                            po_number: string | null;
                            subtotal_minor: number;
                            discount_minor: number;
                            tax_minor: number;
                            total_minor: number;
                            /** @enum {string} */
                            placed_via: "staff" | "portal" | "api";
                            placed_by_contact_id: string | null;
                            confirmed_at: string | null;
                            shipped_at: string | null;
                            delivered_at: string | null;
                            cancelled_at: string | null;
                            cancel_reason: string | null;
                            created_at: string;
                            updated_at: string;
                            version: number;
                            notes: string | null;
                            terms: string | null;
                            shipping_address_id: string | null;
                            shipping_address: string | null;
                            warehouse_id: string;
                            lines: {
                                id: string;
                                position: number;
                                item_id: string | null;
                                name: string;
                                description: string | null;
                                sku: string | null;
                                unit: string | null;
                                quantity: number;
                                rate_minor: number;
                                discount_type: ("percent" | "amount") | null;
                                discount_percent: number | null;
                                discount_amount_minor: number | null;
                                tax_id: string | null;
                                tax_name: string | null;
                                tax_rate_percent: number;
                                gross_minor: number;
                                discount_minor: number;
                                tax_minor: number;
                                total_minor: number;
                                /** @enum {string} */
                                price_source: "base" | "price_list" | "manual";
                                price_list_id: string | null;
                                price_list_name: string | null;
                                price_break_min_quantity: number | null;
                                committed_quantity: number;
                                packed_quantity: number;
                                shipped_quantity: number;
                                invoiced_quantity: number;
                            }[];
                            events: {
                                id: string;
                                status: string;
                                note: string | null;
                                /** @enum {string} */
                                actor_type: "staff" | "contact" | "system" | "api";
                                actor_name: string | null;
                                created_at: string;
                            }[];
                            packages: {
                                id: string;
                                number: string;
                                /** @enum {string} */
                                status: "packed" | "shipped" | "delivered";
                                package_date: string;
                                carrier: string | null;
                                tracking_number: string | null;
                                shipped_on: string | null;
                                delivered_at: string | null;
                            }[];
                            invoices: {
                                id: string;
                                number: string;
                                status: string;
                                issue_date: string;
                                total_minor: number;
                                balance_minor: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/sales-orders/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm a draft: stock is held for every line (409 INSUFFICIENT_STOCK when short). Send the version you saw as If-Match (the ETag) to be refused with 409 STALE_VERSION if the order changed since */
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
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            number: string;
                            /** @enum {string} */
                            status: "draft" | "pending_approval" | "confirmed" | "partially_shipped" | "shipped" | "delivered" | "cancelled";
                            customer: {
                                id: string;
                                display_name: string;
                            };
                            currency: string;
                            order_date: string;
                            expected_shipment_date: string | null;
                            po_number: string | null;
                            subtotal_minor: number;
                            discount_minor: number;
                            tax_minor: number;
                            total_minor: number;
                            /** @enum {string} */
                            placed_via: "staff" | "portal" | "api";
                            placed_by_contact_id: string | null;
                            confirmed_at: string | null;
                            shipped_at: string | null;
                            delivered_at: string | null;
                            cancelled_at: string | null;
                            cancel_reason: string | null;
                            created_at: string;
                            updated_at: string;
                            version: number;
                            notes: string | null;
                            terms: string | null;
                            shipping_address_id: string | null;
                            shipping_address: string | null;
                            warehouse_id: string;
                            lines: {
                                id: string;
                                position: number;
                                item_id: string | null;
                                name: string;
                                description: string | null;
                                sku: string | null;
                                unit: string | null;
                                quantity: number;
                                rate_minor: number;
                                discount_type: ("percent" | "amount") | null;
                                discount_percent: number | null;
                                discount_amount_minor: number | null;
                                tax_id: string | null;
                                tax_name: string | null;
                                tax_rate_percent: number;
                                gross_minor: number;
                                discount_minor: number;
                                tax_minor: number;
                                total_minor: number;
                                /** @enum {string} */
                                price_source: "base" | "price_list" | "manual";
                                price_list_id: string | null;
                                price_list_name: string | null;
                                price_break_min_quantity: number | null;
                                committed_quantity: number;
                                packed_quantity: number;
                                shipped_quantity: number;
                                invoiced_quantity: number;
                            }[];
                            events: {
                                id: string;
                                status: string;
                                note: string | null;
                                /** @enum {string} */
                                actor_type: "staff" | "contact" | "system" | "api";
                                actor_name: string | null;
                                created_at: string;
                            }[];
                            packages: {
                                id: string;
                                number: string;
                                /** @enum {string} */
                                status: "packed" | "shipped" | "delivered";
                                package_date: string;
                                carrier: string | null;
                                tracking_number: string | null;
                                shipped_on: string | null;
                                delivered_at: string | null;
                            }[];
                            invoices: {
                                id: string;
                                number: string;
                                status: string;
                                issue_date: string;
                                total_minor: number;
                                balance_minor: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/sales-orders/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve an order pending approval: it is confirmed. Send the version you saw as If-Match (the ETag) to be refused with 409 STALE_VERSION if the order changed since */
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
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            number: string;
                            /** @enum {string} */
                            status: "draft" | "pending_approval" | "confirmed" | "partially_shipped" | "shipped" | "delivered" | "cancelled";
                            customer: {
                                id: string;
                                display_name: string;
                            };
                            currency: string;
                            order_date: string;
                            expected_shipment_date: string | null;
                            po_number: string | null;
                            subtotal_minor: number;
                            discount_minor: number;
                            tax_minor: number;
                            total_minor: number;
                            /** @enum {string} */
                            placed_via: "staff" | "portal" | "api";
                            placed_by_contact_id: string | null;
                            confirmed_at: string | null;
                            shipped_at: string | null;
                            delivered_at: string | null;
                            cancelled_at: string | null;
                            cancel_reason: string | null;
                            created_at: string;
                            updated_at: string;
                            version: number;
                            notes: string | null;
                            terms: string | null;
                            shipping_address_id: string | null;
                            shipping_address: string | null;
                            warehouse_id: string;
                            lines: {
                                id: string;
                                position: number;
                                item_id: string | null;
                                name: string;
                                description: string | null;
                                sku: string | null;
                                unit: string | null;
                                quantity: number;
                                rate_minor: number;
                                discount_type: ("percent" | "amount") | null;
                                discount_percent: number | null;
                                discount_amount_minor: number | null;
                                tax_id: string | null;
                                tax_name: string | null;
                                tax_rate_percent: number;
                                gross_minor: number;
                                discount_minor: number;
                                tax_minor: number;
                                total_minor: number;
                                /** @enum {string} */
                                price_source: "base" | "price_list" | "manual";
                                price_list_id: string | null;
                                price_list_name: string | null;
                                price_break_min_quantity: number | null;
                                committed_quantity: number;
                                packed_quantity: number;
                                shipped_quantity: number;
                                invoiced_quantity: number;
                            }[];
                            events: {
                                id: string;
                                status: string;
                                note: string | null;
                                /** @enum {string} */
                                actor_type: "staff" | "contact" | "system" | "api";
                                actor_name: string | null;
                                created_at: string;
                            }[];
                            packages: {
                                id: string;
                                number: string;
                                /** @enum {string} */
                                status: "packed" | "shipped" | "delivered";
                                package_date: string;
                                carrier: string | null;
                                tracking_number: string | null;
                                shipped_on: string | null;
                                delivered_at: string | null;
                            }[];
                            invoices: {
                                id: string;
                                number: string;
                                status: string;
                                issue_date: string;
                                total_minor: number;
                                balance_minor: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/sales-orders/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel an order nothing of which is packed or shipped, with the reason; the stock it holds is given back. Send the version you saw as If-Match (the ETag) to be refused with 409 STALE_VERSION if the order changed since */
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
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            number: string;
                            /** @enum {string} */
                            status: "draft" | "pending_approval" | "confirmed" | "partially_shipped" | "shipped" | "delivered" | "cancelled";
                            customer: {
                                id: string;
                                display_name: string;
                            };
                            currency: string;
                            order_date: string;
                            expected_shipment_date: string | null;
                            po_number: string | null;
                            subtotal_minor: number;
                            discount_minor: number;
                            tax_minor: number;
                            total_minor: number;
                            /** @enum {string} */
                            placed_via: "staff" | "portal" | "api";
                            placed_by_contact_id: string | null;
                            confirmed_at: string | null;
                            shipped_at: string | null;
                            delivered_at: string | null;
                            cancelled_at: string | null;
                            cancel_reason: string | null;
                            created_at: string;
                            updated_at: string;
                            version: number;
                            notes: string | null;
                            terms: string | null;
                            shipping_address_id: string | null;
                            shipping_address: string | null;
                            warehouse_id: string;
                            lines: {
                                id: string;
                                position: number;
                                item_id: string | null;
                                name: string;
                                description: string | null;
                                sku: string | null;
                                unit: string | null;
                                quantity: number;
                                rate_minor: number;
                                discount_type: ("percent" | "amount") | null;
                                discount_percent: number | null;
                                discount_amount_minor: number | null;
                                tax_id: string | null;
                                tax_name: string | null;
                                tax_rate_percent: number;
                                gross_minor: number;
                                discount_minor: number;
                                tax_minor: number;
                                total_minor: number;
                                /** @enum {string} */
                                price_source: "base" | "price_list" | "manual";
                                price_list_id: string | null;
                                price_list_name: string | null;
                                price_break_min_quantity: number | null;
                                committed_quantity: number;
                                packed_quantity: number;
                                shipped_quantity: number;
                                invoiced_quantity: number;
                            }[];
                            events: {
                                id: string;
                                status: string;
                                note: string | null;
                                /** @enum {string} */
                                actor_type: "staff" | "contact" | "system" | "api";
                                actor_name: string | null;
                                created_at: string;
                            }[];
                            packages: {
                                id: string;
                                number: string;
                                /** @enum {string} */
                                status: "packed" | "shipped" | "delivered";
                                package_date: string;
                                carrier: string | null;
                                tracking_number: string | null;
                                shipped_on: string | null;
                                delivered_at: string | null;
                            }[];
                            invoices: {
                                id: string;
                                number: string;
                                status: string;
                                issue_date: string;
                                total_minor: number;
                                balance_minor: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/sales-orders/{id}/convert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make a draft invoice of what the order has not invoiced yet: all of it, or what has shipped; at the order's rates. Send the version you saw as If-Match (the ETag) to be refused with 409 STALE_VERSION if the order changed since */
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
                         * @default all
                         * @enum {string}
                         */
                        mode?: "all" | "shipped";
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "estimate" | "invoice" | "retainer_invoice" | "credit_note";
                            number: string;
                            /** @enum {string} */
                            status: "draft" | "sent" | "accepted" | "declined" | "changes_requested" | "expired" | "invoiced" | "partially_paid" | "paid" | "overdue" | "open" | "closed" | "void";
                            customer: {
                                id: string;
                                display_name: string;
                            };
                            currency: string;
                            issue_date: string;
                            due_date: string | null;
                            expiry_date: string | null;
                            reference: string | null;
                            subtotal_minor: number;
                            discount_minor: number;
                            tax_minor: number;
                            total_minor: number;
                            paid_minor: number;
                            credited_minor: number;
                            balance_minor: number;
                            sent_at: string | null;
                            viewed_at: string | null;
                            viewed_by: {
                                contact_person_id: string;
                                name: string;
                            } | null;
                            accepted_at: string | null;
                            accepted_by_name: string | null;
                            declined_at: string | null;
                            decline_reason: string | null;
                            changes_requested_at: string | null;
                            voided_at: string | null;
                            marked_by_staff: {
                                staff_user_id: string | null;
                                name: string;
                            } | null;
                            source_document_id: string | null;
                            converted_invoice_id: string | null;
                            open_dispute_count: number;
                            created_at: string;
                            updated_at: string;
                            version: number;
                            notes: string | null;
                            terms: string | null;
                            lines: {
                                id: string;
                                position: number;
                                item_id: string | null;
                                name: string;
                                description: string | null;
                                unit: string | null;
                                quantity: number;
                                rate_minor: number;
                                discount_type: ("percent" | "amount") | null;
                                discount_percent: number | null;
                                discount_amount_minor: number | null;
                                tax_id: string | null;
                                tax_name: string | null;
                                tax_rate_percent: number;
                                gross_minor: number;
                                discount_minor: number;
                                tax_minor: number;
                                total_minor: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/sales-orders/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The sales order as PDF, in the customer’s language */
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
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/sales-orders/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The comment thread of a sales order, all of it */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                /** @enum {string} */
                                author_type: "staff" | "contact" | "system";
                                author_name: string;
                                /** @enum {string} */
                                kind: "comment" | "changes_requested" | "dispute" | "dispute_resolved" | "accepted" | "declined";
                                body: string;
                                message_code: string | null;
                                message_params: {
                                    [key: string]: unknown;
                                } | null;
                                display_in_portal: boolean;
                                created_at: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        /** Comment on a sales order; with display_in_portal the customer sees it (and is emailed when the portal setting says so) */
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
                        /** @default false */
                        display_in_portal?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            author_type: "staff" | "contact" | "system";
                            author_name: string;
                            /** @enum {string} */
                            kind: "comment" | "changes_requested" | "dispute" | "dispute_resolved" | "accepted" | "declined";
                            body: string;
                            message_code: string | null;
                            message_params: {
                                [key: string]: unknown;
                            } | null;
                            display_in_portal: boolean;
                            created_at: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Payments, newest first (customer filter, cursor paging) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    customer_id?: string;
                    status?: "completed" | "pending" | "failed" | "refunded" | "partially_refunded";
                    method?: "cash" | "bank_transfer" | "cheque" | "card" | "bank_account";
                    source?: "online" | "offline";
                    paid_from?: string;
                    paid_to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                number: string;
                                customer: {
                                    id: string;
                                    display_name: string;
                                };
                                currency: string;
                                amount_minor: number;
                                method: string;
                                status: string;
                                paid_on: string;
                                reference: string | null;
                                notes: string | null;
                                allocations: {
                                    document_id: string;
                                    kind: string;
                                    number: string;
                                    amount_minor: number;
                                }[];
                                created_at: string;
                                gateway: string | null;
                                gateway_payment_id: string | null;
                                payment_method: {
                                    type: string;
                                    brand: string;
                                    last4: string;
                                } | null;
                                contact: {
                                    id: string;
                                    name: string;
                                } | null;
                                refunded_minor: number;
                                refunds: {
                                    id: string;
                                    amount_minor: number;
                                    /** @enum {string} */
                                    status: "pending" | "succeeded" | "failed";
                                    reason: string | null;
                                    created_at: string;
                                }[];
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        /** Record an offline payment in the customer’s currency, applied to the given invoices or to the oldest open ones first (optional Idempotency-Key: a replay answers the first result, the same key with another body is a 409) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        customer_id: string;
                        amount_minor: number;
                        currency: string;
                        /** @enum {string} */
                        method: "cash" | "bank_transfer" | "cheque";
                        paid_on?: string;
                        reference?: string | null;
                        notes?: string | null;
                        allocations?: {
                            document_id: string;
                            amount_minor: number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            number: string;
                            customer: {
                                id: string;
                                display_name: string;
                            };
                            currency: string;
                            amount_minor: number;
                            method: string;
                            status: string;
                            paid_on: string;
                            reference: string | null;
                            notes: string | null;
                            allocations: {
                                document_id: string;
                                kind: string;
                                number: string;
                                amount_minor: number;
                            }[];
                            created_at: string;
                            gateway: string | null;
                            gateway_payment_id: string | null;
                            payment_method: {
                                type: string;
                                brand: string;
                                last4: string;
                            } | null;
                            contact: {
                                id: string;
                                name: string;
                            } | null;
                            refunded_minor: number;
                            refunds: {
                                id: string;
                                amount_minor: number;
                                /** @enum {string} */
                                status: "pending" | "succeeded" | "failed";
                                reason: string | null;
                                created_at: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/payments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A payment with the invoices it paid */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            number: string;
                            customer: {
                                id: string;
                                display_name: string;
                            };
                            currency: string;
                            amount_minor: number;
                            method: string;
                            status: string;
                            paid_on: string;
                            reference: string | null;
                            notes: string | null;
                            allocations: {
                                document_id: string;
                                kind: string;
                                number: string;
                                amount_minor: number;
                            }[];
                            created_at: string;
                            gateway: string | null;
                            gateway_payment_id: string | null;
                            payment_method: {
                                type: string;
                                brand: string;
                                last4: string;
                            } | null;
                            contact: {
                                id: string;
                                name: string;
                            } | null;
                            refunded_minor: number;
                            refunds: {
                                id: string;
                                amount_minor: number;
                                /** @enum {string} */
                                status: "pending" | "succeeded" | "failed";
                                reason: string | null;
                                created_at: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/payments/{id}/refunds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A payment's refunds */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                payment_id: string;
                                amount_minor: number;
                                currency: string;
                                /** @enum {string} */
                                status: "pending" | "succeeded" | "failed";
                                reason: string | null;
                                failure_message: string | null;
                                documents: {
                                    document_id: string;
                                    amount_minor: number;
                                }[];
                                created_at: string;
                                completed_at: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        /** Refund all or part of a payment (at the gateway for online payments); the documents it paid are open again by as much, newest first */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "idempotency-key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        amount_minor: number;
                        reason?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            payment_id: string;
                            amount_minor: number;
                            currency: string;
                            /** @enum {string} */
                            status: "pending" | "succeeded" | "failed";
                            reason: string | null;
                            failure_message: string | null;
                            documents: {
                                document_id: string;
                                amount_minor: number;
                            }[];
                            created_at: string;
                            completed_at: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/payment-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Online payment settings (the Stripe secrets only as set / last 4) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            gateway: "test" | "stripe";
                            card_enabled: boolean;
                            bank_enabled: boolean;
                            stripe_publishable_key: string | null;
                            stripe_secret_key_set: boolean;
                            stripe_secret_key_last4: string | null;
                            stripe_webhook_secret_set: boolean;
                            stripe_webhook_secret_last4: string | null;
                            allow_partial_payments: boolean;
                            partial_payment_minimum_minor: number;
                            allow_money_on_account: boolean;
                            updated_at: string | null;
                        };
                    };
                };
            };
        };
        /** Change the online payment settings; fields left out keep their value, a null secret clears it */
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
                        gateway?: "test" | "stripe";
                        card_enabled?: boolean;
                        bank_enabled?: boolean;
                        stripe_publishable_key?: string | null;
                        stripe_secret_key?: string | null;
                        stripe_webhook_secret?: string | null;
                        allow_partial_payments?: boolean;
                        partial_payment_minimum_minor?: number;
                        allow_money_on_account?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            gateway: "test" | "stripe";
                            card_enabled: boolean;
                            bank_enabled: boolean;
                            stripe_publishable_key: string | null;
                            stripe_secret_key_set: boolean;
                            stripe_secret_key_last4: string | null;
                            stripe_webhook_secret_set: boolean;
                            stripe_webhook_secret_last4: string | null;
                            allow_partial_payments: boolean;
                            partial_payment_minimum_minor: number;
                            allow_money_on_account: boolean;
                            updated_at: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/credit-notes/{id}/apply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Apply unused credit to invoices of the same customer and currency (never beyond the credit or a balance) */
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
                        applications: {
                            invoice_id: string;
                            amount_minor: number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "estimate" | "invoice" | "retainer_invoice" | "credit_note";
                            number: string;
                            /** @enum {string} */
                            status: "draft" | "sent" | "accepted" | "declined" | "changes_requested" | "expired" | "invoiced" | "partially_paid" | "paid" | "overdue" | "open" | "closed" | "void";
                            customer: {
                                id: string;
                                display_name: string;
                            };
                            currency: string;
                            issue_date: string;
                            due_date: string | null;
                            expiry_date: string | null;
                            reference: string | null;
                            subtotal_minor: number;
                            discount_minor: number;
                            tax_minor: number;
                            total_minor: number;
                            paid_minor: number;
                            credited_minor: number;
                            balance_minor: number;
                            sent_at: string | null;
                            viewed_at: string | null;
                            viewed_by: {
                                contact_person_id: string;
                                name: string;
                            } | null;
                            accepted_at: string | null;
                            accepted_by_name: string | null;
                            declined_at: string | null;
                            decline_reason: string | null;
                            changes_requested_at: string | null;
                            voided_at: string | null;
                            marked_by_staff: {
                                staff_user_id: string | null;
                                name: string;
                            } | null;
                            source_document_id: string | null;
                            converted_invoice_id: string | null;
                            open_dispute_count: number;
                            created_at: string;
                            updated_at: string;
                            version: number;
                            notes: string | null;
                            terms: string | null;
                            lines: {
                                id: string;
                                position: number;
                                item_id: string | null;
                                name: string;
                                description: string | null;
                                unit: string | null;
                                quantity: number;
                                rate_minor: number;
                                discount_type: ("percent" | "amount") | null;
                                discount_percent: number | null;
                                discount_amount_minor: number | null;
                                tax_id: string | null;
                                tax_name: string | null;
                                tax_rate_percent: number;
                                gross_minor: number;
                                discount_minor: number;
                                tax_minor: number;
                                total_minor: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/customers/{id}/statement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Statement of accounts for a period: opening balance, entries with running balance, closing balance, ageing */
        get: {
            parameters: {
                query?: {
                    period?: "this_month" | "last_month" | "this_year" | "custom";
                    from?: string;
                    to?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            customer: {
                                id: string;
                                display_name: string;
                            };
                            currency: string;
                            from: string;
                            to: string;
                            opening_balance_minor: number;
                            entries: {
                                date: string;
                                /** @enum {string} */
                                type: "invoice" | "payment" | "credit_note" | "refund";
                                document_id: string;
                                number: string;
                                description: string;
                                amount_minor: number;
                                balance_minor: number;
                            }[];
                            closing_balance_minor: number;
                            invoiced_minor: number;
                            paid_minor: number;
                            credited_minor: number;
                            refunded_minor: number;
                            ageing: {
                                current_minor: number;
                                days_1_30_minor: number;
                                days_31_60_minor: number;
                                days_61_90_minor: number;
                                over_90_minor: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/customers/{id}/statement.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The statement as a PDF in the customer’s language */
        get: {
            parameters: {
                query?: {
                    period?: "this_month" | "last_month" | "this_year" | "custom";
                    from?: string;
                    to?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/customers/{id}/statement/email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Email the statement, with the open invoices attached and a link to pay them, to contacts with portal access */
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
                         * @default this_month
                         * @enum {string}
                         */
                        period?: "this_month" | "last_month" | "this_year" | "custom";
                        from?: string;
                        to?: string;
                        contact_person_ids?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            recipients: {
                                contact_person_id: string;
                                email: string;
                            }[];
                            attachments: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/invoices/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The comment thread of a invoice, all of it */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                /** @enum {string} */
                                author_type: "staff" | "contact" | "system";
                                author_name: string;
                                /** @enum {string} */
                                kind: "comment" | "changes_requested" | "dispute" | "dispute_resolved" | "accepted" | "declined";
                                body: string;
                                message_code: string | null;
                                message_params: {
                                    [key: string]: unknown;
                                } | null;
                                display_in_portal: boolean;
                                created_at: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        /** Comment on a invoice; with display_in_portal the customer sees it (and is emailed when the portal setting says so) */
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
                        /** @default false */
                        display_in_portal?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            author_type: "staff" | "contact" | "system";
                            author_name: string;
                            /** @enum {string} */
                            kind: "comment" | "changes_requested" | "dispute" | "dispute_resolved" | "accepted" | "declined";
                            body: string;
                            message_code: string | null;
                            message_params: {
                                [key: string]: unknown;
                            } | null;
                            display_in_portal: boolean;
                            created_at: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/retainer-invoices/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The comment thread of a retainer invoice, all of it */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                /** @enum {string} */
                                author_type: "staff" | "contact" | "system";
                                author_name: string;
                                /** @enum {string} */
                                kind: "comment" | "changes_requested" | "dispute" | "dispute_resolved" | "accepted" | "declined";
                                body: string;
                                message_code: string | null;
                                message_params: {
                                    [key: string]: unknown;
                                } | null;
                                display_in_portal: boolean;
                                created_at: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        /** Comment on a retainer invoice; with display_in_portal the customer sees it (and is emailed when the portal setting says so) */
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
                        /** @default false */
                        display_in_portal?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            author_type: "staff" | "contact" | "system";
                            author_name: string;
                            /** @enum {string} */
                            kind: "comment" | "changes_requested" | "dispute" | "dispute_resolved" | "accepted" | "declined";
                            body: string;
                            message_code: string | null;
                            message_params: {
                                [key: string]: unknown;
                            } | null;
                            display_in_portal: boolean;
                            created_at: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/estimates/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The comment thread of a estimate, all of it */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                /** @enum {string} */
                                author_type: "staff" | "contact" | "system";
                                author_name: string;
                                /** @enum {string} */
                                kind: "comment" | "changes_requested" | "dispute" | "dispute_resolved" | "accepted" | "declined";
                                body: string;
                                message_code: string | null;
                                message_params: {
                                    [key: string]: unknown;
                                } | null;
                                display_in_portal: boolean;
                                created_at: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        /** Comment on a estimate; with display_in_portal the customer sees it (and is emailed when the portal setting says so) */
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
                        /** @default false */
                        display_in_portal?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            author_type: "staff" | "contact" | "system";
                            author_name: string;
                            /** @enum {string} */
                            kind: "comment" | "changes_requested" | "dispute" | "dispute_resolved" | "accepted" | "declined";
                            body: string;
                            message_code: string | null;
                            message_params: {
                                [key: string]: unknown;
                            } | null;
                            display_in_portal: boolean;
                            created_at: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/credit-notes/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The comment thread of a credit note, all of it */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                /** @enum {string} */
                                author_type: "staff" | "contact" | "system";
                                author_name: string;
                                /** @enum {string} */
                                kind: "comment" | "changes_requested" | "dispute" | "dispute_resolved" | "accepted" | "declined";
                                body: string;
                                message_code: string | null;
                                message_params: {
                                    [key: string]: unknown;
                                } | null;
                                display_in_portal: boolean;
                                created_at: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        /** Comment on a credit note; with display_in_portal the customer sees it (and is emailed when the portal setting says so) */
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
                        /** @default false */
                        display_in_portal?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            author_type: "staff" | "contact" | "system";
                            author_name: string;
                            /** @enum {string} */
                            kind: "comment" | "changes_requested" | "dispute" | "dispute_resolved" | "accepted" | "declined";
                            body: string;
                            message_code: string | null;
                            message_params: {
                                [key: string]: unknown;
                            } | null;
                            display_in_portal: boolean;
                            created_at: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/invoices/{id}/views": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every view by a contact in the portal: who, when, from where */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                contact_person_id: string | null;
                                contact_name: string;
                                ip: string | null;
                                user_agent: string | null;
                                viewed_at: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/invoices/{id}/reset-viewed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Clear the Viewed flag; the next view by a contact sets it again and notifies */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "estimate" | "invoice" | "retainer_invoice" | "credit_note";
                            number: string;
                            /** @enum {string} */
                            status: "draft" | "sent" | "accepted" | "declined" | "changes_requested" | "expired" | "invoiced" | "partially_paid" | "paid" | "overdue" | "open" | "closed" | "void";
                            customer: {
                                id: string;
                                display_name: string;
                            };
                            currency: string;
                            issue_date: string;
                            due_date: string | null;
                            expiry_date: string | null;
                            reference: string | null;
                            subtotal_minor: number;
                            discount_minor: number;
                            tax_minor: number;
                            total_minor: number;
                            paid_minor: number;
                            credited_minor: number;
                            balance_minor: number;
                            sent_at: string | null;
                            viewed_at: string | null;
                            viewed_by: {
                                contact_person_id: string;
                                name: string;
                            } | null;
                            accepted_at: string | null;
                            accepted_by_name: string | null;
                            declined_at: string | null;
                            decline_reason: string | null;
                            changes_requested_at: string | null;
                            voided_at: string | null;
                            marked_by_staff: {
                                staff_user_id: string | null;
                                name: string;
                            } | null;
                            source_document_id: string | null;
                            converted_invoice_id: string | null;
                            open_dispute_count: number;
                            created_at: string;
                            updated_at: string;
                            version: number;
                            notes: string | null;
                            terms: string | null;
                            lines: {
                                id: string;
                                position: number;
                                item_id: string | null;
                                name: string;
                                description: string | null;
                                unit: string | null;
                                quantity: number;
                                rate_minor: number;
                                discount_type: ("percent" | "amount") | null;
                                discount_percent: number | null;
                                discount_amount_minor: number | null;
                                tax_id: string | null;
                                tax_name: string | null;
                                tax_rate_percent: number;
                                gross_minor: number;
                                discount_minor: number;
                                tax_minor: number;
                                total_minor: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/retainer-invoices/{id}/views": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every view by a contact in the portal: who, when, from where */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                contact_person_id: string | null;
                                contact_name: string;
                                ip: string | null;
                                user_agent: string | null;
                                viewed_at: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/retainer-invoices/{id}/reset-viewed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Clear the Viewed flag; the next view by a contact sets it again and notifies */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "estimate" | "invoice" | "retainer_invoice" | "credit_note";
                            number: string;
                            /** @enum {string} */
                            status: "draft" | "sent" | "accepted" | "declined" | "changes_requested" | "expired" | "invoiced" | "partially_paid" | "paid" | "overdue" | "open" | "closed" | "void";
                            customer: {
                                id: string;
                                display_name: string;
                            };
                            currency: string;
                            issue_date: string;
                            due_date: string | null;
                            expiry_date: string | null;
                            reference: string | null;
                            subtotal_minor: number;
                            discount_minor: number;
                            tax_minor: number;
                            total_minor: number;
                            paid_minor: number;
                            credited_minor: number;
                            balance_minor: number;
                            sent_at: string | null;
                            viewed_at: string | null;
                            viewed_by: {
                                contact_person_id: string;
                                name: string;
                            } | null;
                            accepted_at: string | null;
                            accepted_by_name: string | null;
                            declined_at: string | null;
                            decline_reason: string | null;
                            changes_requested_at: string | null;
                            voided_at: string | null;
                            marked_by_staff: {
                                staff_user_id: string | null;
                                name: string;
                            } | null;
                            source_document_id: string | null;
                            converted_invoice_id: string | null;
                            open_dispute_count: number;
                            created_at: string;
                            updated_at: string;
                            version: number;
                            notes: string | null;
                            terms: string | null;
                            lines: {
                                id: string;
                                position: number;
                                item_id: string | null;
                                name: string;
                                description: string | null;
                                unit: string | null;
                                quantity: number;
                                rate_minor: number;
                                discount_type: ("percent" | "amount") | null;
                                discount_percent: number | null;
                                discount_amount_minor: number | null;
                                tax_id: string | null;
                                tax_name: string | null;
                                tax_rate_percent: number;
                                gross_minor: number;
                                discount_minor: number;
                                tax_minor: number;
                                total_minor: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/estimates/{id}/views": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every view by a contact in the portal: who, when, from where */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                contact_person_id: string | null;
                                contact_name: string;
                                ip: string | null;
                                user_agent: string | null;
                                viewed_at: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/estimates/{id}/reset-viewed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Clear the Viewed flag; the next view by a contact sets it again and notifies */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "estimate" | "invoice" | "retainer_invoice" | "credit_note";
                            number: string;
                            /** @enum {string} */
                            status: "draft" | "sent" | "accepted" | "declined" | "changes_requested" | "expired" | "invoiced" | "partially_paid" | "paid" | "overdue" | "open" | "closed" | "void";
                            customer: {
                                id: string;
                                display_name: string;
                            };
                            currency: string;
                            issue_date: string;
                            due_date: string | null;
                            expiry_date: string | null;
                            reference: string | null;
                            subtotal_minor: number;
                            discount_minor: number;
                            tax_minor: number;
                            total_minor: number;
                            paid_minor: number;
                            credited_minor: number;
                            balance_minor: number;
                            sent_at: string | null;
                            viewed_at: string | null;
                            viewed_by: {
                                contact_person_id: string;
                                name: string;
                            } | null;
                            accepted_at: string | null;
                            accepted_by_name: string | null;
                            declined_at: string | null;
                            decline_reason: string | null;
                            changes_requested_at: string | null;
                            voided_at: string | null;
                            marked_by_staff: {
                                staff_user_id: string | null;
                                name: string;
                            } | null;
                            source_document_id: string | null;
                            converted_invoice_id: string | null;
                            open_dispute_count: number;
                            created_at: string;
                            updated_at: string;
                            version: number;
                            notes: string | null;
                            terms: string | null;
                            lines: {
                                id: string;
                                position: number;
                                item_id: string | null;
                                name: string;
                                description: string | null;
                                unit: string | null;
                                quantity: number;
                                rate_minor: number;
                                discount_type: ("percent" | "amount") | null;
                                discount_percent: number | null;
                                discount_amount_minor: number | null;
                                tax_id: string | null;
                                tax_name: string | null;
                                tax_rate_percent: number;
                                gross_minor: number;
                                discount_minor: number;
                                tax_minor: number;
                                total_minor: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/credit-notes/{id}/views": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every view by a contact in the portal: who, when, from where */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                contact_person_id: string | null;
                                contact_name: string;
                                ip: string | null;
                                user_agent: string | null;
                                viewed_at: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/credit-notes/{id}/reset-viewed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Clear the Viewed flag; the next view by a contact sets it again and notifies */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "estimate" | "invoice" | "retainer_invoice" | "credit_note";
                            number: string;
                            /** @enum {string} */
                            status: "draft" | "sent" | "accepted" | "declined" | "changes_requested" | "expired" | "invoiced" | "partially_paid" | "paid" | "overdue" | "open" | "closed" | "void";
                            customer: {
                                id: string;
                                display_name: string;
                            };
                            currency: string;
                            issue_date: string;
                            due_date: string | null;
                            expiry_date: string | null;
                            reference: string | null;
                            subtotal_minor: number;
                            discount_minor: number;
                            tax_minor: number;
                            total_minor: number;
                            paid_minor: number;
                            credited_minor: number;
                            balance_minor: number;
                            sent_at: string | null;
                            viewed_at: string | null;
                            viewed_by: {
                                contact_person_id: string;
                                name: string;
                            } | null;
                            accepted_at: string | null;
                            accepted_by_name: string | null;
                            declined_at: string | null;
                            decline_reason: string | null;
                            changes_requested_at: string | null;
                            voided_at: string | null;
                            marked_by_staff: {
                                staff_user_id: string | null;
                                name: string;
                            } | null;
                            source_document_id: string | null;
                            converted_invoice_id: string | null;
                            open_dispute_count: number;
                            created_at: string;
                            updated_at: string;
                            version: number;
                            notes: string | null;
                            terms: string | null;
                            lines: {
                                id: string;
                                position: number;
                                item_id: string | null;
                                name: string;
                                description: string | null;
                                unit: string | null;
                                quantity: number;
                                rate_minor: number;
                                discount_type: ("percent" | "amount") | null;
                                discount_percent: number | null;
                                discount_amount_minor: number | null;
                                tax_id: string | null;
                                tax_name: string | null;
                                tax_rate_percent: number;
                                gross_minor: number;
                                discount_minor: number;
                                tax_minor: number;
                                total_minor: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/disputes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Disputes raised by customers in the portal, newest first */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    status?: "open" | "resolved";
                    customer_id?: string;
                    document_id?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                document: {
                                    id: string;
                                    /** @enum {string} */
                                    kind: "estimate" | "invoice" | "retainer_invoice" | "credit_note";
                                    number: string;
                                };
                                customer: {
                                    id: string;
                                    display_name: string;
                                };
                                line: {
                                    id: string;
                                    name: string;
                                } | null;
                                reason: string;
                                /** @enum {string} */
                                status: "open" | "resolved";
                                resolution: string | null;
                                created_at: string;
                                resolved_at: string | null;
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/disputes/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resolve a dispute; the resolution shows in the document’s thread in the portal */
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
                        resolution: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            document: {
                                id: string;
                                /** @enum {string} */
                                kind: "estimate" | "invoice" | "retainer_invoice" | "credit_note";
                                number: string;
                            };
                            customer: {
                                id: string;
                                display_name: string;
                            };
                            line: {
                                id: string;
                                name: string;
                            } | null;
                            reason: string;
                            /** @enum {string} */
                            status: "open" | "resolved";
                            resolution: string | null;
                            created_at: string;
                            resolved_at: string | null;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/estimates/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The document as PDF, in the customer’s language */
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
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/invoices/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The document as PDF, in the customer’s language */
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
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/retainer-invoices/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The document as PDF, in the customer’s language */
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
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/credit-notes/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The document as PDF, in the customer’s language */
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
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/payments/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The payment receipt as PDF, in the customer’s language */
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
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/invoices/{id}/payment-schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The payment schedule of an invoice: each instalment covered by what was paid, and what is due now */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            document_id: string;
                            currency: string;
                            total_minor: number;
                            balance_minor: number;
                            instalments: {
                                id: string;
                                /** @enum {string} */
                                kind: "deposit" | "instalment";
                                position: number;
                                amount_minor: number;
                                due_date: string;
                                paid_minor: number;
                                remaining_minor: number;
                                /** @enum {string} */
                                status: "paid" | "overdue" | "due" | "upcoming";
                                percent_basis_points: number | null;
                            }[];
                            due_now_minor: number;
                            overdue: boolean;
                            matches_total: boolean;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        /** Replace the payment schedule of an invoice (draft, sent, partially paid or overdue): a deposit first if any, then instalments, amounts or percentages summing exactly to the total, due dates ascending */
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
                        instalments: {
                            /** @enum {string} */
                            kind: "deposit" | "instalment";
                            amount_minor?: number | null;
                            percent_basis_points?: number | null;
                            due_date: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            document_id: string;
                            currency: string;
                            total_minor: number;
                            balance_minor: number;
                            instalments: {
                                id: string;
                                /** @enum {string} */
                                kind: "deposit" | "instalment";
                                position: number;
                                amount_minor: number;
                                due_date: string;
                                paid_minor: number;
                                remaining_minor: number;
                                /** @enum {string} */
                                status: "paid" | "overdue" | "due" | "upcoming";
                                percent_basis_points: number | null;
                            }[];
                            due_now_minor: number;
                            overdue: boolean;
                            matches_total: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        post?: never;
        /** Remove the payment schedule of an invoice */
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
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/retainer-invoices/{id}/payment-schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The payment schedule of a retainer invoice: each instalment covered by what was paid, and what is due now */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            document_id: string;
                            currency: string;
                            total_minor: number;
                            balance_minor: number;
                            instalments: {
                                id: string;
                                /** @enum {string} */
                                kind: "deposit" | "instalment";
                                position: number;
                                amount_minor: number;
                                due_date: string;
                                paid_minor: number;
                                remaining_minor: number;
                                /** @enum {string} */
                                status: "paid" | "overdue" | "due" | "upcoming";
                                percent_basis_points: number | null;
                            }[];
                            due_now_minor: number;
                            overdue: boolean;
                            matches_total: boolean;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        /** Replace the payment schedule of a retainer invoice (draft, sent, partially paid or overdue): a deposit first if any, then instalments, amounts or percentages summing exactly to the total, due dates ascending */
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
                        instalments: {
                            /** @enum {string} */
                            kind: "deposit" | "instalment";
                            amount_minor?: number | null;
                            percent_basis_points?: number | null;
                            due_date: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            document_id: string;
                            currency: string;
                            total_minor: number;
                            balance_minor: number;
                            instalments: {
                                id: string;
                                /** @enum {string} */
                                kind: "deposit" | "instalment";
                                position: number;
                                amount_minor: number;
                                due_date: string;
                                paid_minor: number;
                                remaining_minor: number;
                                /** @enum {string} */
                                status: "paid" | "overdue" | "due" | "upcoming";
                                percent_basis_points: number | null;
                            }[];
                            due_now_minor: number;
                            overdue: boolean;
                            matches_total: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        post?: never;
        /** Remove the payment schedule of a retainer invoice */
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
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{id}/remind": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Email the invoice’s contacts a reminder with its balance and a pay link; only sent, partially paid or overdue ones (409 otherwise) */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            document_id: string;
                            number: string;
                            overdue: boolean;
                            recipients: {
                                contact_person_id: string;
                                email: string;
                                pay_link: boolean;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/retainer-invoices/{id}/remind": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Email the retainer invoice’s contacts a reminder with its balance and a pay link; only sent, partially paid or overdue ones (409 otherwise) */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            document_id: string;
                            number: string;
                            overdue: boolean;
                            recipients: {
                                contact_person_id: string;
                                email: string;
                                pay_link: boolean;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/price-lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Price lists by name (search by name or description; archived=true|false) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    search?: string;
                    archived?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                name: string;
                                description: string | null;
                                currency: string;
                                /** @enum {string} */
                                kind: "markup" | "markdown" | "per_item";
                                percent: number;
                                valid_from: string | null;
                                valid_to: string | null;
                                archived: boolean;
                                version: number;
                                created_at: string;
                                updated_at: string;
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a price list: a markup or markdown of the base rates, or per-item rates with quantity breaks, in one currency */
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
                        description?: string | null;
                        currency: string;
                        /** @enum {string} */
                        kind: "markup" | "markdown" | "per_item";
                        percent?: number | null;
                        valid_from?: string | null;
                        valid_to?: string | null;
                        rates?: {
                            item_id: string;
                            /** @default 0 */
                            min_quantity?: number;
                            rate_minor: number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            description: string | null;
                            currency: string;
                            /** @enum {string} */
                            kind: "markup" | "markdown" | "per_item";
                            percent: number;
                            valid_from: string | null;
                            valid_to: string | null;
                            archived: boolean;
                            version: number;
                            created_at: string;
                            updated_at: string;
                            rates: {
                                item_id: string;
                                item_name: string;
                                min_quantity: number;
                                rate_minor: number;
                            }[];
                            customers_count: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/price-lists/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A price list with its rates and how many customers it is assigned to; the ETag is its version */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            description: string | null;
                            currency: string;
                            /** @enum {string} */
                            kind: "markup" | "markdown" | "per_item";
                            percent: number;
                            valid_from: string | null;
                            valid_to: string | null;
                            archived: boolean;
                            version: number;
                            created_at: string;
                            updated_at: string;
                            rates: {
                                item_id: string;
                                item_name: string;
                                min_quantity: number;
                                rate_minor: number;
                            }[];
                            customers_count: number;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Archive a price list: its customers pay base rates until given another. Send the version you saw as If-Match (the ETag) or `version` to be refused with 409 STALE_VERSION if the list changed since */
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
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a price list; rates, when sent, replace all its rates. Send the version you saw as If-Match (the ETag) or `version` to be refused with 409 STALE_VERSION if the list changed since */
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
                        name?: string;
                        description?: string | null;
                        currency?: string;
                        /** @enum {string} */
                        kind?: "markup" | "markdown" | "per_item";
                        percent?: number | null;
                        valid_from?: string | null;
                        valid_to?: string | null;
                        rates?: {
                            item_id: string;
                            /** @default 0 */
                            min_quantity?: number;
                            rate_minor: number;
                        }[];
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            description: string | null;
                            currency: string;
                            /** @enum {string} */
                            kind: "markup" | "markdown" | "per_item";
                            percent: number;
                            valid_from: string | null;
                            valid_to: string | null;
                            archived: boolean;
                            version: number;
                            created_at: string;
                            updated_at: string;
                            rates: {
                                item_id: string;
                                item_name: string;
                                min_quantity: number;
                                rate_minor: number;
                            }[];
                            customers_count: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/price-lists/{id}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What a customer (or, without one, a buyer in the list's currency) would pay per unit today under this list, and which break applied */
        get: {
            parameters: {
                query: {
                    customer_id?: string;
                    item_id: string;
                    quantity?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            price_list_id: string;
                            customer_id: string | null;
                            item_id: string;
                            quantity: number;
                            date: string;
                            price: {
                                rate_minor: number;
                                currency: string;
                                /** @enum {string} */
                                source: "base" | "price_list";
                                price_list_id: string | null;
                                price_list_name: string | null;
                                break_min_quantity: number | null;
                                breaks: {
                                    min_quantity: number;
                                    rate_minor: number;
                                }[];
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/customers/{id}/price-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The customer's price list (null: the items' base rates) */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            customer_id: string;
                            price_list: {
                                id: string;
                                name: string;
                                currency: string;
                                archived: boolean;
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        /** Assign a price list to the customer (null: none); the list must be in the customer's currency (422 CURRENCY_MISMATCH) */
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
                        price_list_id: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            customer_id: string;
                            price_list: {
                                id: string;
                                name: string;
                                currency: string;
                                archived: boolean;
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/customers/{id}/shipping-addresses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The customer's stored shipping addresses, the default first (the portal offers the customer's own shipping address while none is stored) */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                label: string | null;
                                address: string;
                                address_lines: string[];
                                is_default: boolean;
                                stored: boolean;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        /** Add a shipping address; the first one, or one with is_default, becomes the default */
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
                        label: string;
                        address: string;
                        /** @default false */
                        is_default?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            label: string | null;
                            address: string;
                            address_lines: string[];
                            is_default: boolean;
                            stored: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/customers/{id}/shipping-addresses/{addressId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a shipping address (orders keep it); the default passes to the oldest one left */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    addressId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a shipping address; is_default: true makes it the default */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    addressId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        label?: string;
                        address?: string;
                        is_default?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            label: string | null;
                            address: string;
                            address_lines: string[];
                            is_default: boolean;
                            stored: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/packages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Packages, newest first (status, order and customer filters, cursor paging) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    status?: "packed" | "shipped" | "delivered";
                    sales_order_id?: string;
                    customer_id?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                number: string;
                                /** @enum {string} */
                                status: "packed" | "shipped" | "delivered";
                                sales_order: {
                                    id: string;
                                    number: string;
                                };
                                customer: {
                                    id: string;
                                    display_name: string;
                                };
                                package_date: string;
                                notes: string | null;
                                carrier: string | null;
                                carrier_name: string | null;
                                tracking_number: string | null;
                                tracking_url: string | null;
                                shipped_on: string | null;
                                shipped_at: string | null;
                                delivered_at: string | null;
                                created_at: string;
                                updated_at: string;
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/packages/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A package with its lines and tracking link */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            number: string;
                            /** @enum {string} */
                            status: "packed" | "shipped" | "delivered";
                            sales_order: {
                                id: string;
                                number: string;
                            };
                            customer: {
                                id: string;
                                display_name: string;
                            };
                            package_date: string;
                            notes: string | null;
                            carrier: string | null;
                            carrier_name: string | null;
                            tracking_number: string | null;
                            tracking_url: string | null;
                            shipped_on: string | null;
                            shipped_at: string | null;
                            delivered_at: string | null;
                            created_at: string;
                            updated_at: string;
                            lines: {
                                id: string;
                                sales_order_line_id: string;
                                item_id: string | null;
                                name: string;
                                description: string | null;
                                sku: string | null;
                                unit: string | null;
                                quantity: number;
                                ordered_quantity: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a package that has not shipped; its quantities can be packed again */
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
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sales-orders/{id}/packages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pack quantities of a confirmed or partly shipped order’s lines into a new package (never more than is left to pack: 409 naming lines.<i>.quantity) */
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
                        lines: {
                            sales_order_line_id: string;
                            quantity: number;
                        }[];
                        package_date?: string;
                        notes?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            number: string;
                            /** @enum {string} */
                            status: "packed" | "shipped" | "delivered";
                            sales_order: {
                                id: string;
                                number: string;
                            };
                            customer: {
                                id: string;
                                display_name: string;
                            };
                            package_date: string;
                            notes: string | null;
                            carrier: string | null;
                            carrier_name: string | null;
                            tracking_number: string | null;
                            tracking_url: string | null;
                            shipped_on: string | null;
                            shipped_at: string | null;
                            delivered_at: string | null;
                            created_at: string;
                            updated_at: string;
                            lines: {
                                id: string;
                                sales_order_line_id: string;
                                item_id: string | null;
                                name: string;
                                description: string | null;
                                sku: string | null;
                                unit: string | null;
                                quantity: number;
                                ordered_quantity: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/packages/{id}/ship": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ship a packed package with a carrier and tracking number: its stock leaves the warehouse, the order’s status follows, the customer is mailed the tracking link (409 if it already shipped) */
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
                        carrier: string;
                        tracking_number: string;
                        shipped_on?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            number: string;
                            /** @enum {string} */
                            status: "packed" | "shipped" | "delivered";
                            sales_order: {
                                id: string;
                                number: string;
                            };
                            customer: {
                                id: string;
                                display_name: string;
                            };
                            package_date: string;
                            notes: string | null;
                            carrier: string | null;
                            carrier_name: string | null;
                            tracking_number: string | null;
                            tracking_url: string | null;
                            shipped_on: string | null;
                            shipped_at: string | null;
                            delivered_at: string | null;
                            created_at: string;
                            updated_at: string;
                            lines: {
                                id: string;
                                sales_order_line_id: string;
                                item_id: string | null;
                                name: string;
                                description: string | null;
                                sku: string | null;
                                unit: string | null;
                                quantity: number;
                                ordered_quantity: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/packages/{id}/deliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a shipped package delivered; the order is delivered once all its packages are */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            number: string;
                            /** @enum {string} */
                            status: "packed" | "shipped" | "delivered";
                            sales_order: {
                                id: string;
                                number: string;
                            };
                            customer: {
                                id: string;
                                display_name: string;
                            };
                            package_date: string;
                            notes: string | null;
                            carrier: string | null;
                            carrier_name: string | null;
                            tracking_number: string | null;
                            tracking_url: string | null;
                            shipped_on: string | null;
                            shipped_at: string | null;
                            delivered_at: string | null;
                            created_at: string;
                            updated_at: string;
                            lines: {
                                id: string;
                                sales_order_line_id: string;
                                item_id: string | null;
                                name: string;
                                description: string | null;
                                sku: string | null;
                                unit: string | null;
                                quantity: number;
                                ordered_quantity: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/packages/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The packing slip as PDF, in the customer’s language (items and quantities, no prices) */
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
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/carriers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Carriers and their tracking URL templates: the known ones (with the organization’s overrides) and its own */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                carrier: string;
                                name: string;
                                tracking_url_template: string | null;
                                default_template: string | null;
                                customized: boolean;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        /** Set a carrier’s tracking URL template (https, with {tracking_number}); null goes back to the default */
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
                        carrier: string;
                        name?: string;
                        tracking_url_template: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            carrier: string;
                            name: string;
                            tracking_url_template: string | null;
                            default_template: string | null;
                            customized: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Products by name (archived=true|false: only archived or only live ones) */
        get: {
            parameters: {
                query?: {
                    archived?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                name: string;
                                description: string | null;
                                archived: boolean;
                                created_at: string;
                                updated_at: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        /** Create a product: what its plans sell */
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
                        description?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            description: string | null;
                            archived: boolean;
                            created_at: string;
                            updated_at: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/products/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A product */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            description: string | null;
                            archived: boolean;
                            created_at: string;
                            updated_at: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Archive a product and its plans: no new subscriptions; existing ones go on */
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
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a product */
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
                        name?: string;
                        description?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            description: string | null;
                            archived: boolean;
                            created_at: string;
                            updated_at: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/addons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Add-ons by name (archived=true|false: only archived or only live ones) */
        get: {
            parameters: {
                query?: {
                    archived?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                code: string;
                                name: string;
                                description: string | null;
                                currency: string;
                                price_minor: number;
                                /** @enum {string} */
                                kind: "recurring" | "one_off";
                                tax_id: string | null;
                                plan_ids: string[];
                                archived: boolean;
                                created_at: string;
                                updated_at: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        /** Create an add-on, recurring or one-off, priced per unit, for plans of its currency (none named: all of them) */
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
                        description?: string | null;
                        price_minor: number;
                        /** @enum {string} */
                        kind: "recurring" | "one_off";
                        tax_id?: string | null;
                        plan_ids?: string[];
                        currency: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            code: string;
                            name: string;
                            description: string | null;
                            currency: string;
                            price_minor: number;
                            /** @enum {string} */
                            kind: "recurring" | "one_off";
                            tax_id: string | null;
                            plan_ids: string[];
                            archived: boolean;
                            created_at: string;
                            updated_at: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/addons/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An add-on */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            code: string;
                            name: string;
                            description: string | null;
                            currency: string;
                            price_minor: number;
                            /** @enum {string} */
                            kind: "recurring" | "one_off";
                            tax_id: string | null;
                            plan_ids: string[];
                            archived: boolean;
                            created_at: string;
                            updated_at: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Archive an add-on: it can no longer be added */
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
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change an add-on (not its currency); subscriptions keep the price they took */
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
                        description?: string | null;
                        price_minor?: number;
                        /** @enum {string} */
                        kind?: "recurring" | "one_off";
                        tax_id?: string | null;
                        plan_ids?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            code: string;
                            name: string;
                            description: string | null;
                            currency: string;
                            price_minor: number;
                            /** @enum {string} */
                            kind: "recurring" | "one_off";
                            tax_id: string | null;
                            plan_ids: string[];
                            archived: boolean;
                            created_at: string;
                            updated_at: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/coupons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Coupons by code (archived=true|false: only archived or only live ones) */
        get: {
            parameters: {
                query?: {
                    archived?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                code: string;
                                name: string;
                                /** @enum {string} */
                                discount_type: "percent" | "amount";
                                percent_basis_points: number | null;
                                amount_off_minor: number | null;
                                currency: string | null;
                                /** @enum {string} */
                                duration: "once" | "periods" | "forever";
                                duration_periods: number | null;
                                max_redemptions: number | null;
                                redemptions: number;
                                valid_until: string | null;
                                archived: boolean;
                                created_at: string;
                                updated_at: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        /** Create a coupon: a percentage (basis points) or an amount off, once, for a number of periods or forever; optionally limited in redemptions and time */
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
                        /** @enum {string} */
                        discount_type: "percent" | "amount";
                        percent_basis_points?: number | null;
                        amount_off_minor?: number | null;
                        currency?: string | null;
                        /** @enum {string} */
                        duration: "once" | "periods" | "forever";
                        duration_periods?: number | null;
                        max_redemptions?: number | null;
                        valid_until?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            code: string;
                            name: string;
                            /** @enum {string} */
                            discount_type: "percent" | "amount";
                            percent_basis_points: number | null;
                            amount_off_minor: number | null;
                            currency: string | null;
                            /** @enum {string} */
                            duration: "once" | "periods" | "forever";
                            duration_periods: number | null;
                            max_redemptions: number | null;
                            redemptions: number;
                            valid_until: string | null;
                            archived: boolean;
                            created_at: string;
                            updated_at: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/coupons/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A coupon with how often it was redeemed */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            code: string;
                            name: string;
                            /** @enum {string} */
                            discount_type: "percent" | "amount";
                            percent_basis_points: number | null;
                            amount_off_minor: number | null;
                            currency: string | null;
                            /** @enum {string} */
                            duration: "once" | "periods" | "forever";
                            duration_periods: number | null;
                            max_redemptions: number | null;
                            redemptions: number;
                            valid_until: string | null;
                            archived: boolean;
                            created_at: string;
                            updated_at: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Archive a coupon: it can no longer be redeemed; subscriptions keep their discount */
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
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a coupon's name, redemption limit or last day; the discount is fixed */
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
                        name?: string;
                        max_redemptions?: number | null;
                        valid_until?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            code: string;
                            name: string;
                            /** @enum {string} */
                            discount_type: "percent" | "amount";
                            percent_basis_points: number | null;
                            amount_off_minor: number | null;
                            currency: string | null;
                            /** @enum {string} */
                            duration: "once" | "periods" | "forever";
                            duration_periods: number | null;
                            max_redemptions: number | null;
                            redemptions: number;
                            valid_until: string | null;
                            archived: boolean;
                            created_at: string;
                            updated_at: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Plans by name (product_id: of one product; active=true|false: not archived or archived) */
        get: {
            parameters: {
                query?: {
                    product_id?: string;
                    active?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                product_id: string;
                                code: string;
                                name: string;
                                description: string | null;
                                currency: string;
                                price_minor: number;
                                setup_fee_minor: number;
                                /** @enum {string} */
                                interval: "day" | "week" | "month" | "year";
                                interval_count: number;
                                billing_cycles: number | null;
                                trial_days: number;
                                tax_id: string | null;
                                portal_change_to: string[];
                                hosted_page_enabled: boolean;
                                archived: boolean;
                                version: number;
                                created_at: string;
                                updated_at: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        /** Create a plan of a product: a price per billing period in one currency, trial days, a setup fee, a tax and the plans customers may change to; the code (unique: 409) is its hosted page address */
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
                        product_id: string;
                        code: string;
                        name: string;
                        description?: string | null;
                        price_minor: number;
                        setup_fee_minor?: number;
                        /** @enum {string} */
                        interval: "day" | "week" | "month" | "year";
                        interval_count?: number;
                        billing_cycles?: number | null;
                        trial_days?: number;
                        tax_id?: string | null;
                        portal_change_to?: string[];
                        hosted_page_enabled?: boolean;
                        currency: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            product_id: string;
                            code: string;
                            name: string;
                            description: string | null;
                            currency: string;
                            price_minor: number;
                            setup_fee_minor: number;
                            /** @enum {string} */
                            interval: "day" | "week" | "month" | "year";
                            interval_count: number;
                            billing_cycles: number | null;
                            trial_days: number;
                            tax_id: string | null;
                            portal_change_to: string[];
                            hosted_page_enabled: boolean;
                            archived: boolean;
                            version: number;
                            created_at: string;
                            updated_at: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/api/v1/plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A plan; the ETag is its version */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            product_id: string;
                            code: string;
                            name: string;
                            description: string | null;
                            currency: string;
                            price_minor: number;
                            setup_fee_minor: number;
                            /** @enum {string} */
                            interval: "day" | "week" | "month" | "year";
                            interval_count: number;
                            billing_cycles: number | null;
                            trial_days: number;
                            tax_id: string | null;
                            portal_change_to: string[];
                            hosted_page_enabled: boolean;
                            archived: boolean;
                            version: number;
                            created_at: string;
                            updated_at: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Archive a plan: no new subscriptions or changes to it; its subscriptions go on. Send the version you saw as If-Match (the ETag) or `version` to be refused with 409 STALE_VERSION if the plan changed since */
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
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a plan (not its currency); subscriptions keep the price they took. Send the version you saw as If-Match (the ETag) or `version` to be refused with 409 STALE_VERSION if the plan changed since */
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
                        product_id?: string;
                        code?: string;
                        name?: string;
                        description?: string | null;
                        price_minor?: number;
                        setup_fee_minor?: number;
                        /** @enum {string} */
                        interval?: "day" | "week" | "month" | "year";
                        interval_count?: number;
                        billing_cycles?: number | null;
                        trial_days?: number;
                        tax_id?: string | null;
                        portal_change_to?: string[];
                        hosted_page_enabled?: boolean;
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            product_id: string;
                            code: string;
                            name: string;
                            description: string | null;
                            currency: string;
                            price_minor: number;
                            setup_fee_minor: number;
                            /** @enum {string} */
                            interval: "day" | "week" | "month" | "year";
                            interval_count: number;
                            billing_cycles: number | null;
                            trial_days: number;
                            tax_id: string | null;
                            portal_change_to: string[];
                            hosted_page_enabled: boolean;
                            archived: boolean;
                            version: number;
                            created_at: string;
                            updated_at: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/subscription-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Subscription settings: portal actions allowed, cancellation reasons, credit on cancelling, dunning */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            portal_actions: {
                                cancel: {
                                    /** @default true */
                                    allowed: boolean;
                                    /**
                                     * @default [
                                     *       "trial",
                                     *       "live"
                                     *     ]
                                     */
                                    statuses: ("trial" | "live" | "non_renewing" | "paused" | "unpaid" | "cancelled" | "expired")[];
                                    /**
                                     * @default either
                                     * @enum {string}
                                     */
                                    timing: "immediately" | "at_period_end" | "either";
                                };
                                reactivate: {
                                    /** @default true */
                                    allowed: boolean;
                                };
                                convert_trial: {
                                    /** @default true */
                                    allowed: boolean;
                                };
                                extend_trial: {
                                    /** @default true */
                                    allowed: boolean;
                                    /** @default 14 */
                                    max_days: number;
                                };
                                change_plan: {
                                    /** @default true */
                                    allowed: boolean;
                                    /**
                                     * @default [
                                     *       "live"
                                     *     ]
                                     */
                                    statuses: ("trial" | "live" | "non_renewing" | "paused" | "unpaid" | "cancelled" | "expired")[];
                                };
                                change_quantity: {
                                    /** @default true */
                                    allowed: boolean;
                                    /**
                                     * @default [
                                     *       "live"
                                     *     ]
                                     */
                                    statuses: ("trial" | "live" | "non_renewing" | "paused" | "unpaid" | "cancelled" | "expired")[];
                                };
                                change_addons: {
                                    /** @default true */
                                    allowed: boolean;
                                    /**
                                     * @default [
                                     *       "live"
                                     *     ]
                                     */
                                    statuses: ("trial" | "live" | "non_renewing" | "paused" | "unpaid" | "cancelled" | "expired")[];
                                };
                                pause: {
                                    /** @default false */
                                    allowed: boolean;
                                    /**
                                     * @default [
                                     *       "live"
                                     *     ]
                                     */
                                    statuses: ("trial" | "live" | "non_renewing" | "paused" | "unpaid" | "cancelled" | "expired")[];
                                    /** @default 90 */
                                    max_days: number;
                                };
                                resume: {
                                    /** @default true */
                                    allowed: boolean;
                                };
                                change_payment_method: {
                                    /** @default true */
                                    allowed: boolean;
                                };
                            };
                            /**
                             * @default [
                             *       {
                             *         "code": "too_expensive",
                             *         "label": "It is too expensive"
                             *       },
                             *       {
                             *         "code": "not_using",
                             *         "label": "I am not using it enough"
                             *       },
                             *       {
                             *         "code": "missing_features",
                             *         "label": "It lacks features I need"
                             *       },
                             *       {
                             *         "code": "switching",
                             *         "label": "I am switching to another service"
                             *       },
                             *       {
                             *         "code": "other",
                             *         "label": "Another reason"
                             *       }
                             *     ]
                             */
                            cancel_reasons: {
                                code: string;
                                label: string;
                            }[];
                            /** @default true */
                            credit_unused_on_cancel: boolean;
                            dunning: {
                                /**
                                 * @default [
                                 *       1,
                                 *       3,
                                 *       5
                                 *     ]
                                 */
                                retry_days: number[];
                                /**
                                 * @default cancel
                                 * @enum {string}
                                 */
                                after_final_failure: "cancel" | "mark_unpaid";
                            };
                            /** @default true */
                            notify_staff_by_email: boolean;
                            updated_at: string | null;
                        };
                    };
                };
            };
        };
        /** Change the subscription settings; fields left out (at any depth) keep their value, lists given replace the stored ones */
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
                        portal_actions?: {
                            cancel?: {
                                allowed?: boolean;
                                statuses?: ("trial" | "live" | "non_renewing" | "paused" | "unpaid" | "cancelled" | "expired")[];
                                /** @enum {string} */
                                timing?: "immediately" | "at_period_end" | "either";
                            };
                            reactivate?: {
                                allowed?: boolean;
                            };
                            convert_trial?: {
                                allowed?: boolean;
                            };
                            extend_trial?: {
                                allowed?: boolean;
                                max_days?: number;
                            };
                            change_plan?: {
                                allowed?: boolean;
                                statuses?: ("trial" | "live" | "non_renewing" | "paused" | "unpaid" | "cancelled" | "expired")[];
                            };
                            change_quantity?: {
                                allowed?: boolean;
                                statuses?: ("trial" | "live" | "non_renewing" | "paused" | "unpaid" | "cancelled" | "expired")[];
                            };
                            change_addons?: {
                                allowed?: boolean;
                                statuses?: ("trial" | "live" | "non_renewing" | "paused" | "unpaid" | "cancelled" | "expired")[];
                            };
                            pause?: {
                                allowed?: boolean;
                                statuses?: ("trial" | "live" | "non_renewing" | "paused" | "unpaid" | "cancelled" | "expired")[];
                                max_days?: number;
                            };
                            resume?: {
                                allowed?: boolean;
                            };
                            change_payment_method?: {
                                allowed?: boolean;
                            };
                        };
                        cancel_reasons?: {
                            code: string;
                            label: string;
                        }[];
                        credit_unused_on_cancel?: boolean;
                        dunning?: {
                            retry_days?: number[];
                            /** @enum {string} */
                            after_final_failure?: "cancel" | "mark_unpaid";
                        };
                        notify_staff_by_email?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            portal_actions: {
                                cancel: {
                                    /** @default true */
                                    allowed: boolean;
                                    /**
                                     * @default [
                                     *       "trial",
                                     *       "live"
                                     *     ]
                                     */
                                    statuses: ("trial" | "live" | "non_renewing" | "paused" | "unpaid" | "cancelled" | "expired")[];
                                    /**
                                     * @default either
                                     * @enum {string}
                                     */
                                    timing: "immediately" | "at_period_end" | "either";
                                };
                                reactivate: {
                                    /** @default true */
                                    allowed: boolean;
                                };
                                convert_trial: {
                                    /** @default true */
                                    allowed: boolean;
                                };
                                extend_trial: {
                                    /** @default true */
                                    allowed: boolean;
                                    /** @default 14 */
                                    max_days: number;
                                };
                                change_plan: {
                                    /** @default true */
                                    allowed: boolean;
                                    /**
                                     * @default [
                                     *       "live"
                                     *     ]
                                     */
                                    statuses: ("trial" | "live" | "non_renewing" | "paused" | "unpaid" | "cancelled" | "expired")[];
                                };
                                change_quantity: {
                                    /** @default true */
                                    allowed: boolean;
                                    /**
                                     * @default [
                                     *       "live"
                                     *     ]
                                     */
                                    statuses: ("trial" | "live" | "non_renewing" | "paused" | "unpaid" | "cancelled" | "expired")[];
                                };
                                change_addons: {
                                    /** @default true */
                                    allowed: boolean;
                                    /**
                                     * @default [
                                     *       "live"
                                     *     ]
                                     */
                                    statuses: ("trial" | "live" | "non_renewing" | "paused" | "unpaid" | "cancelled" | "expired")[];
                                };
                                pause: {
                                    /** @default false */
                                    allowed: boolean;
                                    /**
                                     * @default [
                                     *       "live"
                                     *     ]
                                     */
                                    statuses: ("trial" | "live" | "non_renewing" | "paused" | "unpaid" | "cancelled" | "expired")[];
                                    /** @default 90 */
                                    max_days: number;
                                };
                                resume: {
                                    /** @default true */
                                    allowed: boolean;
                                };
                                change_payment_method: {
                                    /** @default true */
                                    allowed: boolean;
                                };
                            };
                            /**
                             * @default [
                             *       {
                             *         "code": "too_expensive",
                             *         "label": "It is too expensive"
                             *       },
                             *       {
                             *         "code": "not_using",
                             *         "label": "I am not using it enough"
                             *       },
                             *       {
                             *         "code": "missing_features",
                             *         "label": "It lacks features I need"
                             *       },
                             *       {
                             *         "code": "switching",
                             *         "label": "I am switching to another service"
                             *       },
                             *       {
                             *         "code": "other",
                             *         "label": "Another reason"
                             *       }
                             *     ]
                             */
                            cancel_reasons: {
                                code: string;
                                label: string;
                            }[];
                            /** @default true */
                            credit_unused_on_cancel: boolean;
                            dunning: {
                                /**
                                 * @default [
                                 *       1,
                                 *       3,
                                 *       5
                                 *     ]
                                 */
                                retry_days: number[];
                                /**
                                 * @default cancel
                                 * @enum {string}
                                 */
                                after_final_failure: "cancel" | "mark_unpaid";
                            };
                            /** @default true */
                            notify_staff_by_email: boolean;
                            updated_at: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/portal/{slug}/api/portal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public branding of the portal */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            name: string;
                            portal_name: string;
                            slug: string;
                            brand_color: string;
                            logo_url: string | null;
                            allow_self_signup: boolean;
                            contact: {
                                email: string | null;
                                phone: string | null;
                                address: string | null;
                                website: string | null;
                            };
                            time_zone: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/portal/{slug}/api/invitations/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What an invitation link is for; looking does not use it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            email: string;
                            contact_name: string;
                            customer_name: string;
                            organization_name: string;
                            /** @enum {string} */
                            language: "en" | "de" | "fr" | "es" | "ja";
                            has_password: boolean;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/portal/{slug}/api/invitations/{token}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an invitation: set the password (or confirm the existing one) and sign in */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    token: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            state: "signed_in" | "two_factor_required" | "two_factor_setup_required" | "choose_account";
                            csrf_token: string;
                            email: string;
                            /** @enum {string} */
                            language: "en" | "de" | "fr" | "es" | "ja";
                            two_factor_enabled: boolean;
                            show_sales_orders: boolean;
                            contact: {
                                id: string;
                                first_name: string;
                                last_name: string;
                                name: string;
                                email: string;
                                phone: string | null;
                                avatar_url: string;
                                permissions: ("view_documents" | "pay" | "approve_estimates" | "place_orders" | "manage_company")[];
                            } | null;
                            customer: {
                                id: string;
                                display_name: string;
                                currency: string;
                            } | null;
                            accounts: {
                                contact_person_id: string;
                                customer_id: string;
                                customer_name: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/portal/{slug}/api/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with email and password */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            state: "signed_in" | "two_factor_required" | "two_factor_setup_required" | "choose_account";
                            csrf_token: string;
                            email: string;
                            /** @enum {string} */
                            language: "en" | "de" | "fr" | "es" | "ja";
                            two_factor_enabled: boolean;
                            show_sales_orders: boolean;
                            contact: {
                                id: string;
                                first_name: string;
                                last_name: string;
                                name: string;
                                email: string;
                                phone: string | null;
                                avatar_url: string;
                                permissions: ("view_documents" | "pay" | "approve_estimates" | "place_orders" | "manage_company")[];
                            } | null;
                            customer: {
                                id: string;
                                display_name: string;
                                currency: string;
                            } | null;
                            accounts: {
                                contact_person_id: string;
                                customer_id: string;
                                customer_name: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        /** Sign out */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portal/{slug}/api/session/two-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Second sign-in step: a code from the authenticator app, or a recovery code */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            state: "signed_in" | "two_factor_required" | "two_factor_setup_required" | "choose_account";
                            csrf_token: string;
                            email: string;
                            /** @enum {string} */
                            language: "en" | "de" | "fr" | "es" | "ja";
                            two_factor_enabled: boolean;
                            show_sales_orders: boolean;
                            contact: {
                                id: string;
                                first_name: string;
                                last_name: string;
                                name: string;
                                email: string;
                                phone: string | null;
                                avatar_url: string;
                                permissions: ("view_documents" | "pay" | "approve_estimates" | "place_orders" | "manage_company")[];
                            } | null;
                            customer: {
                                id: string;
                                display_name: string;
                                currency: string;
                            } | null;
                            accounts: {
                                contact_person_id: string;
                                customer_id: string;
                                customer_name: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/portal/{slug}/api/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mail a reset link; always 202, whether or not the address has access */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
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
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            accepted: true;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/portal/{slug}/api/password-reset/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What a reset link is for; looking does not use it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            email: string;
                            /** @enum {string} */
                            language: "en" | "de" | "fr" | "es" | "ja";
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        /** Set a new password and sign in; every other session ends */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    token: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            state: "signed_in" | "two_factor_required" | "two_factor_setup_required" | "choose_account";
                            csrf_token: string;
                            email: string;
                            /** @enum {string} */
                            language: "en" | "de" | "fr" | "es" | "ja";
                            two_factor_enabled: boolean;
                            show_sales_orders: boolean;
                            contact: {
                                id: string;
                                first_name: string;
                                last_name: string;
                                name: string;
                                email: string;
                                phone: string | null;
                                avatar_url: string;
                                permissions: ("view_documents" | "pay" | "approve_estimates" | "place_orders" | "manage_company")[];
                            } | null;
                            customer: {
                                id: string;
                                display_name: string;
                                currency: string;
                            } | null;
                            accounts: {
                                contact_person_id: string;
                                customer_id: string;
                                customer_name: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/portal/{slug}/api/signin-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mail a one-time sign-in link (valid 10 minutes); always 202 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
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
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            accepted: true;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/portal/{slug}/api/signin-link/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What a sign-in link is for; looking does not use it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            email: string;
                            /** @enum {string} */
                            language: "en" | "de" | "fr" | "es" | "ja";
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        /** Sign in with the link (once) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            state: "signed_in" | "two_factor_required" | "two_factor_setup_required" | "choose_account";
                            csrf_token: string;
                            email: string;
                            /** @enum {string} */
                            language: "en" | "de" | "fr" | "es" | "ja";
                            two_factor_enabled: boolean;
                            show_sales_orders: boolean;
                            contact: {
                                id: string;
                                first_name: string;
                                last_name: string;
                                name: string;
                                email: string;
                                phone: string | null;
                                avatar_url: string;
                                permissions: ("view_documents" | "pay" | "approve_estimates" | "place_orders" | "manage_company")[];
                            } | null;
                            customer: {
                                id: string;
                                display_name: string;
                                currency: string;
                            } | null;
                            accounts: {
                                contact_person_id: string;
                                customer_id: string;
                                customer_name: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/portal/{slug}/api/signup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Self sign-up where the portal allows it: mails a verification link; always 202 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        company_name: string;
                        first_name: string;
                        last_name?: string;
                        email: string;
                        password: string;
                        /** @enum {string} */
                        language?: "en" | "de" | "fr" | "es" | "ja";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            accepted: true;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/portal/{slug}/api/signup/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What a verification link is for; looking does not use it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            email: string;
                            /** @enum {string} */
                            language: "en" | "de" | "fr" | "es" | "ja";
                            company_name: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        /** Confirm the address: creates the customer and contact, signs in, notifies staff */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            state: "signed_in" | "two_factor_required" | "two_factor_setup_required" | "choose_account";
                            csrf_token: string;
                            email: string;
                            /** @enum {string} */
                            language: "en" | "de" | "fr" | "es" | "ja";
                            two_factor_enabled: boolean;
                            show_sales_orders: boolean;
                            contact: {
                                id: string;
                                first_name: string;
                                last_name: string;
                                name: string;
                                email: string;
                                phone: string | null;
                                avatar_url: string;
                                permissions: ("view_documents" | "pay" | "approve_estimates" | "place_orders" | "manage_company")[];
                            } | null;
                            customer: {
                                id: string;
                                display_name: string;
                                currency: string;
                            } | null;
                            accounts: {
                                contact_person_id: string;
                                customer_id: string;
                                customer_name: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/portal/{slug}/api/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is signed in, and the next step when sign-in is not complete */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            state: "signed_in" | "two_factor_required" | "two_factor_setup_required" | "choose_account";
                            csrf_token: string;
                            email: string;
                            /** @enum {string} */
                            language: "en" | "de" | "fr" | "es" | "ja";
                            two_factor_enabled: boolean;
                            show_sales_orders: boolean;
                            contact: {
                                id: string;
                                first_name: string;
                                last_name: string;
                                name: string;
                                email: string;
                                phone: string | null;
                                avatar_url: string;
                                permissions: ("view_documents" | "pay" | "approve_estimates" | "place_orders" | "manage_company")[];
                            } | null;
                            customer: {
                                id: string;
                                display_name: string;
                                currency: string;
                            } | null;
                            accounts: {
                                contact_person_id: string;
                                customer_id: string;
                                customer_name: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change own name, phone or language */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        first_name?: string;
                        last_name?: string;
                        phone?: string | null;
                        language?: ("en" | "de" | "fr" | "es" | "ja") | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            state: "signed_in" | "two_factor_required" | "two_factor_setup_required" | "choose_account";
                            csrf_token: string;
                            email: string;
                            /** @enum {string} */
                            language: "en" | "de" | "fr" | "es" | "ja";
                            two_factor_enabled: boolean;
                            show_sales_orders: boolean;
                            contact: {
                                id: string;
                                first_name: string;
                                last_name: string;
                                name: string;
                                email: string;
                                phone: string | null;
                                avatar_url: string;
                                permissions: ("view_documents" | "pay" | "approve_estimates" | "place_orders" | "manage_company")[];
                            } | null;
                            customer: {
                                id: string;
                                display_name: string;
                                currency: string;
                            } | null;
                            accounts: {
                                contact_person_id: string;
                                customer_id: string;
                                customer_name: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/portal/{slug}/api/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change the password (needs the current one); other sessions end */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        current_password: string;
                        new_password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            state: "signed_in" | "two_factor_required" | "two_factor_setup_required" | "choose_account";
                            csrf_token: string;
                            email: string;
                            /** @enum {string} */
                            language: "en" | "de" | "fr" | "es" | "ja";
                            two_factor_enabled: boolean;
                            show_sales_orders: boolean;
                            contact: {
                                id: string;
                                first_name: string;
                                last_name: string;
                                name: string;
                                email: string;
                                phone: string | null;
                                avatar_url: string;
                                permissions: ("view_documents" | "pay" | "approve_estimates" | "place_orders" | "manage_company")[];
                            } | null;
                            customer: {
                                id: string;
                                display_name: string;
                                currency: string;
                            } | null;
                            accounts: {
                                contact_person_id: string;
                                customer_id: string;
                                customer_name: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/portal/{slug}/api/me/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Act as another account of the same person */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        contact_person_id: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            state: "signed_in" | "two_factor_required" | "two_factor_setup_required" | "choose_account";
                            csrf_token: string;
                            email: string;
                            /** @enum {string} */
                            language: "en" | "de" | "fr" | "es" | "ja";
                            two_factor_enabled: boolean;
                            show_sales_orders: boolean;
                            contact: {
                                id: string;
                                first_name: string;
                                last_name: string;
                                name: string;
                                email: string;
                                phone: string | null;
                                avatar_url: string;
                                permissions: ("view_documents" | "pay" | "approve_estimates" | "place_orders" | "manage_company")[];
                            } | null;
                            customer: {
                                id: string;
                                display_name: string;
                                currency: string;
                            } | null;
                            accounts: {
                                contact_person_id: string;
                                customer_id: string;
                                customer_name: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/portal/{slug}/api/me/two-factor/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start two-factor set-up: a new secret and its QR code */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            secret: string;
                            otpauth_url: string;
                            qr_code_data_url: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/portal/{slug}/api/me/two-factor/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm with a code from the app; answers the recovery codes, shown once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            recovery_codes: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/portal/{slug}/api/me/two-factor/recovery-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new set of recovery codes (the old ones stop working) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            recovery_codes: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/portal/{slug}/api/me/two-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Turn two-factor off with a current code or a recovery code */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            state: "signed_in" | "two_factor_required" | "two_factor_setup_required" | "choose_account";
                            csrf_token: string;
                            email: string;
                            /** @enum {string} */
                            language: "en" | "de" | "fr" | "es" | "ja";
                            two_factor_enabled: boolean;
                            show_sales_orders: boolean;
                            contact: {
                                id: string;
                                first_name: string;
                                last_name: string;
                                name: string;
                                email: string;
                                phone: string | null;
                                avatar_url: string;
                                permissions: ("view_documents" | "pay" | "approve_estimates" | "place_orders" | "manage_company")[];
                            } | null;
                            customer: {
                                id: string;
                                display_name: string;
                                currency: string;
                            } | null;
                            accounts: {
                                contact_person_id: string;
                                customer_id: string;
                                customer_name: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portal/{slug}/api/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Banner, the business’s contact details, recent activity */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            banner_message: string;
                            show_banner: boolean;
                            organization: {
                                name: string;
                                email: string | null;
                                phone: string | null;
                                address: string | null;
                                website: string | null;
                                logo_url: string | null;
                            };
                            customer: {
                                id: string;
                                display_name: string;
                            };
                            contact_name: string;
                            recent_activity: {
                                id: string;
                                action: string;
                                module: string;
                                actor_name: string;
                                message: string;
                                message_code: string | null;
                                message_params: {
                                    [key: string]: unknown;
                                } | null;
                                created_at: string;
                            }[];
                            figures: {
                                outstanding: {
                                    currency: string;
                                    total_minor: number;
                                    count: number;
                                }[];
                                overdue: {
                                    currency: string;
                                    total_minor: number;
                                    count: number;
                                }[];
                                retainers_outstanding: {
                                    currency: string;
                                    total_minor: number;
                                    count: number;
                                }[];
                                unused_credits: {
                                    currency: string;
                                    total_minor: number;
                                    count: number;
                                }[];
                                last_payment: {
                                    id: string;
                                    number: string;
                                    customer: {
                                        id: string;
                                        display_name: string;
                                    };
                                    currency: string;
                                    amount_minor: number;
                                    method: string;
                                    status: string;
                                    paid_on: string;
                                    reference: string | null;
                                    allocations: {
                                        document_id: string;
                                        /** @enum {string} */
                                        kind: "invoice" | "retainer_invoice";
                                        number: string;
                                        amount_minor: number;
                                    }[];
                                    refunded_minor: number;
                                    left_minor: number;
                                    refunds: {
                                        id: string;
                                        amount_minor: number;
                                        /** @enum {string} */
                                        status: "pending" | "succeeded";
                                        reason: string | null;
                                        created_at: string;
                                        completed_at: string | null;
                                    }[];
                                    created_at: string;
                                } | null;
                                estimates_awaiting: number;
                            } | null;
                            orders: {
                                open_count: number;
                                latest_shipment: {
                                    id: string;
                                    sales_order_id: string;
                                    sales_order_number: string;
                                    number: string;
                                    /** @enum {string} */
                                    status: "packed" | "shipped" | "delivered";
                                    carrier: string | null;
                                    carrier_name: string | null;
                                    tracking_number: string | null;
                                    tracking_url: string | null;
                                    shipped_on: string | null;
                                    delivered_at: string | null;
                                    lines: {
                                        sales_order_line_id: string;
                                        item_id: string | null;
                                        name: string;
                                        sku: string | null;
                                        unit: string | null;
                                        quantity: number;
                                    }[];
                                } | null;
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/portal/{slug}/api/company": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The company details of the signed-in contact’s customer */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            display_name: string;
                            company_name: string | null;
                            phone: string | null;
                            billing_address: {
                                attention?: string;
                                street?: string;
                                city?: string;
                                state?: string;
                                postal_code?: string;
                                country?: string;
                            } | null;
                            shipping_address: {
                                attention?: string;
                                street?: string;
                                city?: string;
                                state?: string;
                                postal_code?: string;
                                country?: string;
                            } | null;
                            can_edit: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change company name, phone and addresses (staff are notified) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        company_name?: string;
                        phone?: string | null;
                        billing_address?: {
                            attention?: string;
                            street?: string;
                            city?: string;
                            state?: string;
                            postal_code?: string;
                            country?: string;
                        } | null;
                        shipping_address?: {
                            attention?: string;
                            street?: string;
                            city?: string;
                            state?: string;
                            postal_code?: string;
                            country?: string;
                        } | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            display_name: string;
                            company_name: string | null;
                            phone: string | null;
                            billing_address: {
                                attention?: string;
                                street?: string;
                                city?: string;
                                state?: string;
                                postal_code?: string;
                                country?: string;
                            } | null;
                            shipping_address: {
                                attention?: string;
                                street?: string;
                                city?: string;
                                state?: string;
                                postal_code?: string;
                                country?: string;
                            } | null;
                            can_edit: boolean;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/portal/{slug}/api/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The customer's invoices: filter, search by number, sort, cursor paging */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    filter?: "all" | "unpaid" | "partially_paid" | "overdue" | "paid";
                    search?: string;
                    sort?: "issue_date" | "-issue_date" | "due_date" | "-due_date" | "total" | "-total" | "number" | "-number";
                };
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                /** @enum {string} */
                                kind: "estimate" | "invoice" | "retainer_invoice" | "credit_note";
                                number: string;
                                /** @enum {string} */
                                status: "draft" | "sent" | "accepted" | "declined" | "changes_requested" | "expired" | "invoiced" | "partially_paid" | "paid" | "overdue" | "open" | "closed" | "void";
                                customer: {
                                    id: string;
                                    display_name: string;
                                };
                                currency: string;
                                issue_date: string;
                                due_date: string | null;
                                expiry_date: string | null;
                                reference: string | null;
                                subtotal_minor: number;
                                discount_minor: number;
                                tax_minor: number;
                                total_minor: number;
                                paid_minor: number;
                                credited_minor: number;
                                balance_minor: number;
                                sent_at: string | null;
                                viewed_at: string | null;
                                viewed_by: {
                                    contact_person_id: string;
                                    name: string;
                                } | null;
                                accepted_at: string | null;
                                accepted_by_name: string | null;
                                declined_at: string | null;
                                decline_reason: string | null;
                                changes_requested_at: string | null;
                                voided_at: string | null;
                                marked_by_staff: {
                                    staff_user_id: string | null;
                                    name: string;
                                } | null;
                                source_document_id: string | null;
                                converted_invoice_id: string | null;
                                open_dispute_count: number;
                                created_at: string;
                                updated_at: string;
                                version: number;
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/portal/{slug}/api/invoices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A invoice with its lines, payments, credits and disputes; the first view marks it viewed for staff */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "estimate" | "invoice" | "retainer_invoice" | "credit_note";
                            number: string;
                            /** @enum {string} */
                            status: "draft" | "sent" | "accepted" | "declined" | "changes_requested" | "expired" | "invoiced" | "partially_paid" | "paid" | "overdue" | "open" | "closed" | "void";
                            customer: {
                                id: string;
                                display_name: string;
                            };
                            currency: string;
                            issue_date: string;
                            due_date: string | null;
                            expiry_date: string | null;
                            reference: string | null;
                            subtotal_minor: number;
                            discount_minor: number;
                            tax_minor: number;
                            total_minor: number;
                            paid_minor: number;
                            credited_minor: number;
                            balance_minor: number;
                            sent_at: string | null;
                            viewed_at: string | null;
                            viewed_by: {
                                contact_person_id: string;
                                name: string;
                            } | null;
                            accepted_at: string | null;
                            accepted_by_name: string | null;
                            declined_at: string | null;
                            decline_reason: string | null;
                            changes_requested_at: string | null;
                            voided_at: string | null;
                            marked_by_staff: {
                                staff_user_id: string | null;
                                name: string;
                            } | null;
                            source_document_id: string | null;
                            converted_invoice_id: string | null;
                            open_dispute_count: number;
                            created_at: string;
                            updated_at: string;
                            version: number;
                            notes: string | null;
                            terms: string | null;
                            lines: {
                                id: string;
                                position: number;
                                item_id: string | null;
                                name: string;
                                description: string | null;
                                unit: string | null;
                                quantity: number;
                                rate_minor: number;
                                discount_type: ("percent" | "amount") | null;
                                discount_percent: number | null;
                                discount_amount_minor: number | null;
                                tax_id: string | null;
                                tax_name: string | null;
                                tax_rate_percent: number;
                                gross_minor: number;
                                discount_minor: number;
                                tax_minor: number;
                                total_minor: number;
                            }[];
                            payments: {
                                id: string;
                                number: string;
                                paid_on: string;
                                amount_minor: number;
                                refunded_minor: number;
                            }[];
                            credits: {
                                id: string;
                                number: string;
                                applied_on: string;
                                amount_minor: number;
                            }[];
                            applications: {
                                id: string;
                                number: string;
                                applied_on: string;
                                amount_minor: number;
                            }[];
                            disputes: {
                                id: string;
                                document: {
                                    id: string;
                                    /** @enum {string} */
                                    kind: "estimate" | "invoice" | "retainer_invoice" | "credit_note";
                                    number: string;
                                };
                                customer: {
                                    id: string;
                                    display_name: string;
                                };
                                line: {
                                    id: string;
                                    name: string;
                                } | null;
                                reason: string;
                                /** @enum {string} */
                                status: "open" | "resolved";
                                resolution: string | null;
                                created_at: string;
                                resolved_at: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/portal/{slug}/api/retainer-invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The customer's retainer invoices: filter, search by number, sort, cursor paging */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    filter?: "all" | "unpaid" | "paid";
                    search?: string;
                    sort?: "issue_date" | "-issue_date" | "due_date" | "-due_date" | "total" | "-total" | "number" | "-number";
                };
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                /** @enum {string} */
                                kind: "estimate" | "invoice" | "retainer_invoice" | "credit_note";
                                number: string;
                                /** @enum {string} */
                                status: "draft" | "sent" | "accepted" | "declined" | "changes_requested" | "expired" | "invoiced" | "partially_paid" | "paid" | "overdue" | "open" | "closed" | "void";
                                customer: {
                                    id: string;
                                    display_name: string;
                                };
                                currency: string;
                                issue_date: string;
                                due_date: string | null;
                                expiry_date: string | null;
                                reference: string | null;
                                subtotal_minor: number;
                                discount_minor: number;
                                tax_minor: number;
                                total_minor: number;
                                paid_minor: number;
                                credited_minor: number;
                                balance_minor: number;
                                sent_at: string | null;
                                viewed_at: string | null;
                                viewed_by: {
                                    contact_person_id: string;
                                    name: string;
                                } | null;
                                accepted_at: string | null;
                                accepted_by_name: string | null;
                                declined_at: string | null;
                                decline_reason: string | null;
                                changes_requested_at: string | null;
                                voided_at: string | null;
                                marked_by_staff: {
                                    staff_user_id: string | null;
                                    name: string;
                                } | null;
                                source_document_id: string | null;
                                converted_invoice_id: string | null;
                                open_dispute_count: number;
                                created_at: string;
                                updated_at: string;
                                version: number;
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/portal/{slug}/api/retainer-invoices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A retainer invoice with its lines, payments, credits and disputes; the first view marks it viewed for staff */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "estimate" | "invoice" | "retainer_invoice" | "credit_note";
                            number: string;
                            /** @enum {string} */
                            status: "draft" | "sent" | "accepted" | "declined" | "changes_requested" | "expired" | "invoiced" | "partially_paid" | "paid" | "overdue" | "open" | "closed" | "void";
                            customer: {
                                id: string;
                                display_name: string;
                            };
                            currency: string;
                            issue_date: string;
                            due_date: string | null;
                            expiry_date: string | null;
                            reference: string | null;
                            subtotal_minor: number;
                            discount_minor: number;
                            tax_minor: number;
                            total_minor: number;
                            paid_minor: number;
                            credited_minor: number;
                            balance_minor: number;
                            sent_at: string | null;
                            viewed_at: string | null;
                            viewed_by: {
                                contact_person_id: string;
                                name: string;
                            } | null;
                            accepted_at: string | null;
                            accepted_by_name: string | null;
                            declined_at: string | null;
                            decline_reason: string | null;
                            changes_requested_at: string | null;
                            voided_at: string | null;
                            marked_by_staff: {
                                staff_user_id: string | null;
                                name: string;
                            } | null;
                            source_document_id: string | null;
                            converted_invoice_id: string | null;
                            open_dispute_count: number;
                            created_at: string;
                            updated_at: string;
                            version: number;
                            notes: string | null;
                            terms: string | null;
                            lines: {
                                id: string;
                                position: number;
                                item_id: string | null;
                                name: string;
                                description: string | null;
                                unit: string | null;
                                quantity: number;
                                rate_minor: number;
                                discount_type: ("percent" | "amount") | null;
                                discount_percent: number | null;
                                discount_amount_minor: number | null;
                                tax_id: string | null;
                                tax_name: string | null;
                                tax_rate_percent: number;
                                gross_minor: number;
                                discount_minor: number;
                                tax_minor: number;
                                total_minor: number;
                            }[];
                            payments: {
                                id: string;
                                number: string;
                                paid_on: string;
                                amount_minor: number;
                                refunded_minor: number;
                            }[];
                            credits: {
                                id: string;
                                number: string;
                                applied_on: string;
                                amount_minor: number;
                            }[];
                            applications: {
                                id: string;
                                number: string;
                                applied_on: string;
                                amount_minor: number;
                            }[];
                            disputes: {
                                id: string;
                                document: {
                                    id: string;
                                    /** @enum {string} */
                                    kind: "estimate" | "invoice" | "retainer_invoice" | "credit_note";
                                    number: string;
                                };
                                customer: {
                                    id: string;
                                    display_name: string;
                                };
                                line: {
                                    id: string;
                                    name: string;
                                } | null;
                                reason: string;
                                /** @enum {string} */
                                status: "open" | "resolved";
                                resolution: string | null;
                                created_at: string;
                                resolved_at: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/portal/{slug}/api/estimates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The customer's estimates: filter, search by number, sort, cursor paging */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    filter?: "all" | "awaiting" | "accepted" | "declined" | "expired" | "invoiced" | "changes_requested";
                    search?: string;
                    sort?: "issue_date" | "-issue_date" | "due_date" | "-due_date" | "total" | "-total" | "number" | "-number";
                };
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                /** @enum {string} */
                                kind: "estimate" | "invoice" | "retainer_invoice" | "credit_note";
                                number: string;
                                /** @enum {string} */
                                status: "draft" | "sent" | "accepted" | "declined" | "changes_requested" | "expired" | "invoiced" | "partially_paid" | "paid" | "overdue" | "open" | "closed" | "void";
                                customer: {
                                    id: string;
                                    display_name: string;
                                };
                                currency: string;
                                issue_date: string;
                                due_date: string | null;
                                expiry_date: string | null;
                                reference: string | null;
                                subtotal_minor: number;
                                discount_minor: number;
                                tax_minor: number;
                                total_minor: number;
                                paid_minor: number;
                                credited_minor: number;
                                balance_minor: number;
                                sent_at: string | null;
                                viewed_at: string | null;
                                viewed_by: {
                                    contact_person_id: string;
                                    name: string;
                                } | null;
                                accepted_at: string | null;
                                accepted_by_name: string | null;
                                declined_at: string | null;
                                decline_reason: string | null;
                                changes_requested_at: string | null;
                                voided_at: string | null;
                                marked_by_staff: {
                                    staff_user_id: string | null;
                                    name: string;
                                } | null;
                                source_document_id: string | null;
                                converted_invoice_id: string | null;
                                open_dispute_count: number;
                                created_at: string;
                                updated_at: string;
                                version: number;
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/portal/{slug}/api/estimates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A estimate with its lines, payments, credits and disputes; the first view marks it viewed for staff */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "estimate" | "invoice" | "retainer_invoice" | "credit_note";
                            number: string;
                            /** @enum {string} */
                            status: "draft" | "sent" | "accepted" | "declined" | "changes_requested" | "expired" | "invoiced" | "partially_paid" | "paid" | "overdue" | "open" | "closed" | "void";
                            customer: {
                                id: string;
                                display_name: string;
                            };
                            currency: string;
                            issue_date: string;
                            due_date: string | null;
                            expiry_date: string | null;
                            reference: string | null;
                            subtotal_minor: number;
                            discount_minor: number;
                            tax_minor: number;
                            total_minor: number;
                            paid_minor: number;
                            credited_minor: number;
                            balance_minor: number;
                            sent_at: string | null;
                            viewed_at: string | null;
                            viewed_by: {
                                contact_person_id: string;
                                name: string;
                            } | null;
                            accepted_at: string | null;
                            accepted_by_name: string | null;
                            declined_at: string | null;
                            decline_reason: string | null;
                            changes_requested_at: string | null;
                            voided_at: string | null;
                            marked_by_staff: {
                                staff_user_id: string | null;
                                name: string;
                            } | null;
                            source_document_id: string | null;
                            converted_invoice_id: string | null;
                            open_dispute_count: number;
                            created_at: string;
                            updated_at: string;
                            version: number;
                            notes: string | null;
                            terms: string | null;
                            lines: {
                                id: string;
                                position: number;
                                item_id: string | null;
                                name: string;
                                description: string | null;
                                unit: string | null;
                                quantity: number;
                                rate_minor: number;
                                discount_type: ("percent" | "amount") | null;
                                discount_percent: number | null;
                                discount_amount_minor: number | null;
                                tax_id: string | null;
                                tax_name: string | null;
                                tax_rate_percent: number;
                                gross_minor: number;
                                discount_minor: number;
                                tax_minor: number;
                                total_minor: number;
                            }[];
                            payments: {
                                id: string;
                                number: string;
                                paid_on: string;
                                amount_minor: number;
                                refunded_minor: number;
                            }[];
                            credits: {
                                id: string;
                                number: string;
                                applied_on: string;
                                amount_minor: number;
                            }[];
                            applications: {
                                id: string;
                                number: string;
                                applied_on: string;
                                amount_minor: number;
                            }[];
                            disputes: {
                                id: string;
                                document: {
                                    id: string;
                                    /** @enum {string} */
                                    kind: "estimate" | "invoice" | "retainer_invoice" | "credit_note";
                                    number: string;
                                };
                                customer: {
                                    id: string;
                                    display_name: string;
                                };
                                line: {
                                    id: string;
                                    name: string;
                                } | null;
                                reason: string;
                                /** @enum {string} */
                                status: "open" | "resolved";
                                resolution: string | null;
                                created_at: string;
                                resolved_at: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/portal/{slug}/api/credit-notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The customer's credit notes: filter, search by number, sort, cursor paging */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    filter?: "all" | "open" | "closed";
                    search?: string;
                    sort?: "issue_date" | "-issue_date" | "due_date" | "-due_date" | "total" | "-total" | "number" | "-number";
                };
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                /** @enum {string} */
                                kind: "estimate" | "invoice" | "retainer_invoice" | "credit_note";
                                number: string;
                                /** @enum {string} */
                                status: "draft" | "sent" | "accepted" | "declined" | "changes_requested" | "expired" | "invoiced" | "partially_paid" | "paid" | "overdue" | "open" | "closed" | "void";
                                customer: {
                                    id: string;
                                    display_name: string;
                                };
                                currency: string;
                                issue_date: string;
                                due_date: string | null;
                                expiry_date: string | null;
                                reference: string | null;
                                subtotal_minor: number;
                                discount_minor: number;
                                tax_minor: number;
                                total_minor: number;
                                paid_minor: number;
                                credited_minor: number;
                                balance_minor: number;
                                sent_at: string | null;
                                viewed_at: string | null;
                                viewed_by: {
                                    contact_person_id: string;
                                    name: string;
                                } | null;
                                accepted_at: string | null;
                                accepted_by_name: string | null;
                                declined_at: string | null;
                                decline_reason: string | null;
                                changes_requested_at: string | null;
                                voided_at: string | null;
                                marked_by_staff: {
                                    staff_user_id: string | null;
                                    name: string;
                                } | null;
                                source_document_id: string | null;
                                converted_invoice_id: string | null;
                                open_dispute_count: number;
                                created_at: string;
                                updated_at: string;
                                version: number;
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/portal/{slug}/api/credit-notes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A credit note with its lines, payments, credits and disputes; the first view marks it viewed for staff */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "estimate" | "invoice" | "retainer_invoice" | "credit_note";
                            number: string;
                            /** @enum {string} */
                            status: "draft" | "sent" | "accepted" | "declined" | "changes_requested" | "expired" | "invoiced" | "partially_paid" | "paid" | "overdue" | "open" | "closed" | "void";
                            customer: {
                                id: string;
                                display_name: string;
                            };
                            currency: string;
                            issue_date: string;
                            due_date: string | null;
                            expiry_date: string | null;
                            reference: string | null;
                            subtotal_minor: number;
                            discount_minor: number;
                            tax_minor: number;
                            total_minor: number;
                            paid_minor: number;
                            credited_minor: number;
                            balance_minor: number;
                            sent_at: string | null;
                            viewed_at: string | null;
                            viewed_by: {
                                contact_person_id: string;
                                name: string;
                            } | null;
                            accepted_at: string | null;
                            accepted_by_name: string | null;
                            declined_at: string | null;
                            decline_reason: string | null;
                            changes_requested_at: string | null;
                            voided_at: string | null;
                            marked_by_staff: {
                                staff_user_id: string | null;
                                name: string;
                            } | null;
                            source_document_id: string | null;
                            converted_invoice_id: string | null;
                            open_dispute_count: number;
                            created_at: string;
                            updated_at: string;
                            version: number;
                            notes: string | null;
                            terms: string | null;
                            lines: {
                                id: string;
                                position: number;
                                item_id: string | null;
                                name: string;
                                description: string | null;
                                unit: string | null;
                                quantity: number;
                                rate_minor: number;
                                discount_type: ("percent" | "amount") | null;
                                discount_percent: number | null;
                                discount_amount_minor: number | null;
                                tax_id: string | null;
                                tax_name: string | null;
                                tax_rate_percent: number;
                                gross_minor: number;
                                discount_minor: number;
                                tax_minor: number;
                                total_minor: number;
                            }[];
                            payments: {
                                id: string;
                                number: string;
                                paid_on: string;
                                amount_minor: number;
                                refunded_minor: number;
                            }[];
                            credits: {
                                id: string;
                                number: string;
                                applied_on: string;
                                amount_minor: number;
                            }[];
                            applications: {
                                id: string;
                                number: string;
                                applied_on: string;
                                amount_minor: number;
                            }[];
                            disputes: {
                                id: string;
                                document: {
                                    id: string;
                                    /** @enum {string} */
                                    kind: "estimate" | "invoice" | "retainer_invoice" | "credit_note";
                                    number: string;
                                };
                                customer: {
                                    id: string;
                                    display_name: string;
                                };
                                line: {
                                    id: string;
                                    name: string;
                                } | null;
                                reason: string;
                                /** @enum {string} */
                                status: "open" | "resolved";
                                resolution: string | null;
                                created_at: string;
                                resolved_at: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/portal/{slug}/api/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Payments made: search by number, sort, cursor paging */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    search?: string;
                    sort?: "paid_on" | "-paid_on" | "amount" | "-amount" | "number" | "-number";
                };
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                number: string;
                                customer: {
                                    id: string;
                                    display_name: string;
                                };
                                currency: string;
                                amount_minor: number;
                                method: string;
                                status: string;
                                paid_on: string;
                                reference: string | null;
                                allocations: {
                                    document_id: string;
                                    /** @enum {string} */
                                    kind: "invoice" | "retainer_invoice";
                                    number: string;
                                    amount_minor: number;
                                }[];
                                refunded_minor: number;
                                left_minor: number;
                                refunds: {
                                    id: string;
                                    amount_minor: number;
                                    /** @enum {string} */
                                    status: "pending" | "succeeded";
                                    reason: string | null;
                                    created_at: string;
                                    completed_at: string | null;
                                }[];
                                created_at: string;
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        /** Pay invoices online (Idempotency-Key required: a replay answers the first result, the same key with another body is a 409) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "idempotency-key"?: string;
                };
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        allocations?: {
                            document_id: string;
                            amount_minor: number;
                        }[];
                        document_ids?: string[];
                        amount_minor?: number;
                        currency: string;
                        payment_method: {
                            token: string;
                        } | {
                            saved_method_id: string;
                        };
                        /** @default false */
                        save_method?: boolean;
                        /** @default [] */
                        credit_note_ids?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            status: "succeeded" | "pending" | "requires_action" | "failed" | "processing" | "abandoned";
                            currency: string;
                            amount_minor: number;
                            allocations: {
                                document_id: string;
                                number: string;
                                amount_minor: number;
                            }[];
                            credits_applied: {
                                credit_note_id: string;
                                number: string;
                                document_id: string;
                                amount_minor: number;
                            }[];
                            on_account_minor: number;
                            method: {
                                /** @enum {string} */
                                type: "card" | "bank_account";
                                brand: string;
                                last4: string;
                            } | null;
                            failure_code: string | null;
                            failure_message: string | null;
                            next_action: {
                                /** @enum {string} */
                                type: "redirect";
                                url: string;
                            } | null;
                            payment: {
                                id: string;
                                number: string;
                            } | null;
                            created_at: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/portal/{slug}/api/payments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A payment and the invoices it paid */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            number: string;
                            customer: {
                                id: string;
                                display_name: string;
                            };
                            currency: string;
                            amount_minor: number;
                            method: string;
                            status: string;
                            paid_on: string;
                            reference: string | null;
                            allocations: {
                                document_id: string;
                                /** @enum {string} */
                                kind: "invoice" | "retainer_invoice";
                                number: string;
                                amount_minor: number;
                            }[];
                            refunded_minor: number;
                            left_minor: number;
                            refunds: {
                                id: string;
                                amount_minor: number;
                                /** @enum {string} */
                                status: "pending" | "succeeded";
                                reason: string | null;
                                created_at: string;
                                completed_at: string | null;
                            }[];
                            created_at: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/portal/{slug}/api/estimates/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an estimate, optionally naming who accepts (staff are notified) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "estimate" | "invoice" | "retainer_invoice" | "credit_note";
                            number: string;
                            /** @enum {string} */
                            status: "draft" | "sent" | "accepted" | "declined" | "changes_requested" | "expired" | "invoiced" | "partially_paid" | "paid" | "overdue" | "open" | "closed" | "void";
                            customer: {
                                id: string;
                                display_name: string;
                            };
                            currency: string;
                            issue_date: string;
                            due_date: string | null;
                            expiry_date: string | null;
                            reference: string | null;
                            subtotal_minor: number;
                            discount_minor: number;
                            tax_minor: number;
                            total_minor: number;
                            paid_minor: number;
                            credited_minor: number;
                            balance_minor: number;
                            sent_at: string | null;
                            viewed_at: string | null;
                            viewed_by: {
                                contact_person_id: string;
                                name: string;
                            } | null;
                            accepted_at: string | null;
                            accepted_by_name: string | null;
                            declined_at: string | null;
                            decline_reason: string | null;
                            changes_requested_at: string | null;
                            voided_at: string | null;
                            marked_by_staff: {
                                staff_user_id: string | null;
                                name: string;
                            } | null;
                            source_document_id: string | null;
                            converted_invoice_id: string | null;
                            open_dispute_count: number;
                            created_at: string;
                            updated_at: string;
                            version: number;
                            notes: string | null;
                            terms: string | null;
                            lines: {
                                id: string;
                                position: number;
                                item_id: string | null;
                                name: string;
                                description: string | null;
                                unit: string | null;
                                quantity: number;
                                rate_minor: number;
                                discount_type: ("percent" | "amount") | null;
                                discount_percent: number | null;
                                discount_amount_minor: number | null;
                                tax_id: string | null;
                                tax_name: string | null;
                                tax_rate_percent: number;
                                gross_minor: number;
                                discount_minor: number;
                                tax_minor: number;
                                total_minor: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/portal/{slug}/api/estimates/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline an estimate with a reason (staff are notified) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "estimate" | "invoice" | "retainer_invoice" | "credit_note";
                            number: string;
                            /** @enum {string} */
                            status: "draft" | "sent" | "accepted" | "declined" | "changes_requested" | "expired" | "invoiced" | "partially_paid" | "paid" | "overdue" | "open" | "closed" | "void";
                            customer: {
                                id: string;
                                display_name: string;
                            };
                            currency: string;
                            issue_date: string;
                            due_date: string | null;
                            expiry_date: string | null;
                            reference: string | null;
                            subtotal_minor: number;
                            discount_minor: number;
                            tax_minor: number;
                            total_minor: number;
                            paid_minor: number;
                            credited_minor: number;
                            balance_minor: number;
                            sent_at: string | null;
                            viewed_at: string | null;
                            viewed_by: {
                                contact_person_id: string;
                                name: string;
                            } | null;
                            accepted_at: string | null;
                            accepted_by_name: string | null;
                            declined_at: string | null;
                            decline_reason: string | null;
                            changes_requested_at: string | null;
                            voided_at: string | null;
                            marked_by_staff: {
                                staff_user_id: string | null;
                                name: string;
                            } | null;
                            source_document_id: string | null;
                            converted_invoice_id: string | null;
                            open_dispute_count: number;
                            created_at: string;
                            updated_at: string;
                            version: number;
                            notes: string | null;
                            terms: string | null;
                            lines: {
                                id: string;
                                position: number;
                                item_id: string | null;
                                name: string;
                                description: string | null;
                                unit: string | null;
                                quantity: number;
                                rate_minor: number;
                                discount_type: ("percent" | "amount") | null;
                                discount_percent: number | null;
                                discount_amount_minor: number | null;
                                tax_id: string | null;
                                tax_name: string | null;
                                tax_rate_percent: number;
                                gross_minor: number;
                                discount_minor: number;
                                tax_minor: number;
                                total_minor: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/portal/{slug}/api/estimates/{id}/request-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask for changes: the message goes into the thread, the estimate waits for a revision */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        message: string;
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "estimate" | "invoice" | "retainer_invoice" | "credit_note";
                            number: string;
                            /** @enum {string} */
                            status: "draft" | "sent" | "accepted" | "declined" | "changes_requested" | "expired" | "invoiced" | "partially_paid" | "paid" | "overdue" | "open" | "closed" | "void";
                            customer: {
                                id: string;
                                display_name: string;
                            };
                            currency: string;
                            issue_date: string;
                            due_date: string | null;
                            expiry_date: string | null;
                            reference: string | null;
                            subtotal_minor: number;
                            discount_minor: number;
                            tax_minor: number;
                            total_minor: number;
                            paid_minor: number;
                            credited_minor: number;
                            balance_minor: number;
                            sent_at: string | null;
                            viewed_at: string | null;
                            viewed_by: {
                                contact_person_id: string;
                                name: string;
                            } | null;
                            accepted_at: string | null;
                            accepted_by_name: string | null;
                            declined_at: string | null;
                            decline_reason: string | null;
                            changes_requested_at: string | null;
                            voided_at: string | null;
                            marked_by_staff: {
                                staff_user_id: string | null;
                                name: string;
                            } | null;
                            source_document_id: string | null;
                            converted_invoice_id: string | null;
                            open_dispute_count: number;
                            created_at: string;
                            updated_at: string;
                            version: number;
                            notes: string | null;
                            terms: string | null;
                            lines: {
                                id: string;
                                position: number;
                                item_id: string | null;
                                name: string;
                                description: string | null;
                                unit: string | null;
                                quantity: number;
                                rate_minor: number;
                                discount_type: ("percent" | "amount") | null;
                                discount_percent: number | null;
                                discount_amount_minor: number | null;
                                tax_id: string | null;
                                tax_name: string | null;
                                tax_rate_percent: number;
                                gross_minor: number;
                                discount_minor: number;
                                tax_minor: number;
                                total_minor: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/portal/{slug}/api/invoices/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The thread: the customer’s comments and the staff replies shown in the portal */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                /** @enum {string} */
                                author_type: "staff" | "contact" | "system";
                                author_name: string;
                                /** @enum {string} */
                                kind: "comment" | "changes_requested" | "dispute" | "dispute_resolved" | "accepted" | "declined";
                                body: string;
                                message_code: string | null;
                                message_params: {
                                    [key: string]: unknown;
                                } | null;
                                display_in_portal: boolean;
                                created_at: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        /** Comment (plain text; staff are notified) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            author_type: "staff" | "contact" | "system";
                            author_name: string;
                            /** @enum {string} */
                            kind: "comment" | "changes_requested" | "dispute" | "dispute_resolved" | "accepted" | "declined";
                            body: string;
                            message_code: string | null;
                            message_params: {
                                [key: string]: unknown;
                            } | null;
                            display_in_portal: boolean;
                            created_at: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/portal/{slug}/api/retainer-invoices/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The thread: the customer’s comments and the staff replies shown in the portal */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                /** @enum {string} */
                                author_type: "staff" | "contact" | "system";
                                author_name: string;
                                /** @enum {string} */
                                kind: "comment" | "changes_requested" | "dispute" | "dispute_resolved" | "accepted" | "declined";
                                body: string;
                                message_code: string | null;
                                message_params: {
                                    [key: string]: unknown;
                                } | null;
                                display_in_portal: boolean;
                                created_at: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        /** Comment (plain text; staff are notified) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            author_type: "staff" | "contact" | "system";
                            author_name: string;
                            /** @enum {string} */
                            kind: "comment" | "changes_requested" | "dispute" | "dispute_resolved" | "accepted" | "declined";
                            body: string;
                            message_code: string | null;
                            message_params: {
                                [key: string]: unknown;
                            } | null;
                            display_in_portal: boolean;
                            created_at: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/portal/{slug}/api/estimates/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The thread: the customer’s comments and the staff replies shown in the portal */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                /** @enum {string} */
                                author_type: "staff" | "contact" | "system";
                                author_name: string;
                                /** @enum {string} */
                                kind: "comment" | "changes_requested" | "dispute" | "dispute_resolved" | "accepted" | "declined";
                                body: string;
                                message_code: string | null;
                                message_params: {
                                    [key: string]: unknown;
                                } | null;
                                display_in_portal: boolean;
                                created_at: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        /** Comment (plain text; staff are notified) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            author_type: "staff" | "contact" | "system";
                            author_name: string;
                            /** @enum {string} */
                            kind: "comment" | "changes_requested" | "dispute" | "dispute_resolved" | "accepted" | "declined";
                            body: string;
                            message_code: string | null;
                            message_params: {
                                [key: string]: unknown;
                            } | null;
                            display_in_portal: boolean;
                            created_at: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/portal/{slug}/api/invoices/{id}/disputes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dispute the invoice or one line, with a reason (staff are notified) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        line_id?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            document: {
                                id: string;
                                /** @enum {string} */
                                kind: "estimate" | "invoice" | "retainer_invoice" | "credit_note";
                                number: string;
                            };
                            customer: {
                                id: string;
                                display_name: string;
                            };
                            line: {
                                id: string;
                                name: string;
                            } | null;
                            reason: string;
                            /** @enum {string} */
                            status: "open" | "resolved";
                            resolution: string | null;
                            created_at: string;
                            resolved_at: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/portal/{slug}/api/statement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Statement of accounts of the contact’s customer for a period */
        get: {
            parameters: {
                query?: {
                    period?: "this_month" | "last_month" | "this_year" | "custom";
                    from?: string;
                    to?: string;
                };
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            customer: {
                                id: string;
                                display_name: string;
                            };
                            currency: string;
                            from: string;
                            to: string;
                            opening_balance_minor: number;
                            entries: {
                                date: string;
                                /** @enum {string} */
                                type: "invoice" | "payment" | "credit_note" | "refund";
                                document_id: string;
                                number: string;
                                description: string;
                                amount_minor: number;
                                balance_minor: number;
                            }[];
                            closing_balance_minor: number;
                            invoiced_minor: number;
                            paid_minor: number;
                            credited_minor: number;
                            refunded_minor: number;
                            ageing: {
                                current_minor: number;
                                days_1_30_minor: number;
                                days_31_60_minor: number;
                                days_61_90_minor: number;
                                over_90_minor: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/portal/{slug}/api/statement.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The statement as a PDF (staff are notified of the download) */
        get: {
            parameters: {
                query?: {
                    period?: "this_month" | "last_month" | "this_year" | "custom";
                    from?: string;
                    to?: string;
                };
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/portal/{slug}/api/estimates/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The document as PDF */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/portal/{slug}/api/invoices/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The document as PDF */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/portal/{slug}/api/retainer-invoices/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The document as PDF */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/portal/{slug}/api/credit-notes/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The document as PDF */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/portal/{slug}/api/payments/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The payment receipt as PDF */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/portal/{slug}/api/payment-options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What can be paid now and how: methods, saved methods, open invoices with what is due, unused credits */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            currency: string;
                            /** @enum {string} */
                            gateway: "test" | "stripe";
                            test_mode: boolean;
                            publishable_key: string | null;
                            methods: ("card" | "bank_account")[];
                            saved_methods: {
                                id: string;
                                /** @enum {string} */
                                type: "card" | "bank_account";
                                brand: string;
                                last4: string;
                                exp_month: number | null;
                                exp_year: number | null;
                                holder_name: string | null;
                                billing_address: {
                                    line1?: string | null;
                                    line2?: string | null;
                                    city?: string | null;
                                    state?: string | null;
                                    postal_code?: string | null;
                                    country?: string | null;
                                } | null;
                                is_default: boolean;
                                expired: boolean;
                                created_at: string;
                            }[];
                            documents: {
                                id: string;
                                /** @enum {string} */
                                kind: "invoice" | "retainer_invoice";
                                number: string;
                                currency: string;
                                issue_date: string;
                                due_date: string | null;
                                total_minor: number;
                                balance_minor: number;
                                pending_minor: number;
                                payable_minor: number;
                                due_now_minor: number;
                                overdue: boolean;
                                schedule: {
                                    id: string;
                                    /** @enum {string} */
                                    kind: "deposit" | "instalment";
                                    position: number;
                                    amount_minor: number;
                                    due_date: string;
                                    paid_minor: number;
                                    remaining_minor: number;
                                    /** @enum {string} */
                                    status: "paid" | "overdue" | "due" | "upcoming";
                                }[] | null;
                            }[];
                            credits: {
                                id: string;
                                number: string;
                                currency: string;
                                balance_minor: number;
                                issue_date: string;
                            }[];
                            allow_partial_payments: boolean;
                            partial_payment_minimum_minor: number;
                            allow_money_on_account: boolean;
                            blocked_by_pending_payment: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/portal/{slug}/api/payment-attempts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A payment attempt: its status now (read back from the gateway while it is open) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            status: "succeeded" | "pending" | "requires_action" | "failed" | "processing" | "abandoned";
                            currency: string;
                            amount_minor: number;
                            allocations: {
                                document_id: string;
                                number: string;
                                amount_minor: number;
                            }[];
                            credits_applied: {
                                credit_note_id: string;
                                number: string;
                                document_id: string;
                                amount_minor: number;
                            }[];
                            on_account_minor: number;
                            method: {
                                /** @enum {string} */
                                type: "card" | "bank_account";
                                brand: string;
                                last4: string;
                            } | null;
                            failure_code: string | null;
                            failure_message: string | null;
                            next_action: {
                                /** @enum {string} */
                                type: "redirect";
                                url: string;
                            } | null;
                            payment: {
                                id: string;
                                number: string;
                            } | null;
                            created_at: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/portal/{slug}/api/payment-attempts/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** After the authentication challenge: record the outcome */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            status: "succeeded" | "pending" | "requires_action" | "failed" | "processing" | "abandoned";
                            currency: string;
                            amount_minor: number;
                            allocations: {
                                document_id: string;
                                number: string;
                                amount_minor: number;
                            }[];
                            credits_applied: {
                                credit_note_id: string;
                                number: string;
                                document_id: string;
                                amount_minor: number;
                            }[];
                            on_account_minor: number;
                            method: {
                                /** @enum {string} */
                                type: "card" | "bank_account";
                                brand: string;
                                last4: string;
                            } | null;
                            failure_code: string | null;
                            failure_message: string | null;
                            next_action: {
                                /** @enum {string} */
                                type: "redirect";
                                url: string;
                            } | null;
                            payment: {
                                id: string;
                                number: string;
                            } | null;
                            created_at: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/portal/{slug}/api/payment-attempts/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give up a payment waiting for authentication; nothing is charged */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            status: "succeeded" | "pending" | "requires_action" | "failed" | "processing" | "abandoned";
                            currency: string;
                            amount_minor: number;
                            allocations: {
                                document_id: string;
                                number: string;
                                amount_minor: number;
                            }[];
                            credits_applied: {
                                credit_note_id: string;
                                number: string;
                                document_id: string;
                                amount_minor: number;
                            }[];
                            on_account_minor: number;
                            method: {
                                /** @enum {string} */
                                type: "card" | "bank_account";
                                brand: string;
                                last4: string;
                            } | null;
                            failure_code: string | null;
                            failure_message: string | null;
                            next_action: {
                                /** @enum {string} */
                                type: "redirect";
                                url: string;
                            } | null;
                            payment: {
                                id: string;
                                number: string;
                            } | null;
                            created_at: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/portal/{slug}/api/payment-methods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account's saved cards and bank accounts (brand, last 4, expiry; never the number) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                /** @enum {string} */
                                type: "card" | "bank_account";
                                brand: string;
                                last4: string;
                                exp_month: number | null;
                                exp_year: number | null;
                                holder_name: string | null;
                                billing_address: {
                                    line1?: string | null;
                                    line2?: string | null;
                                    city?: string | null;
                                    state?: string | null;
                                    postal_code?: string | null;
                                    country?: string | null;
                                } | null;
                                is_default: boolean;
                                expired: boolean;
                                created_at: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        /** Save a card or bank account from a gateway token, without paying */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        token: string;
                        /** @default false */
                        make_default?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            type: "card" | "bank_account";
                            brand: string;
                            last4: string;
                            exp_month: number | null;
                            exp_year: number | null;
                            holder_name: string | null;
                            billing_address: {
                                line1?: string | null;
                                line2?: string | null;
                                city?: string | null;
                                state?: string | null;
                                postal_code?: string | null;
                                country?: string | null;
                            } | null;
                            is_default: boolean;
                            expired: boolean;
                            created_at: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/portal/{slug}/api/payment-methods/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a saved method (at the gateway too) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Update a card's expiry or a method's billing address */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        exp_month?: number;
                        exp_year?: number;
                        billing_address?: {
                            line1?: string | null;
                            line2?: string | null;
                            city?: string | null;
                            state?: string | null;
                            postal_code?: string | null;
                            country?: string | null;
                        } | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            type: "card" | "bank_account";
                            brand: string;
                            last4: string;
                            exp_month: number | null;
                            exp_year: number | null;
                            holder_name: string | null;
                            billing_address: {
                                line1?: string | null;
                                line2?: string | null;
                                city?: string | null;
                                state?: string | null;
                                postal_code?: string | null;
                                country?: string | null;
                            } | null;
                            is_default: boolean;
                            expired: boolean;
                            created_at: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/portal/{slug}/api/payment-methods/{id}/default": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make a saved method the default */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            type: "card" | "bank_account";
                            brand: string;
                            last4: string;
                            exp_month: number | null;
                            exp_year: number | null;
                            holder_name: string | null;
                            billing_address: {
                                line1?: string | null;
                                line2?: string | null;
                                city?: string | null;
                                state?: string | null;
                                postal_code?: string | null;
                                country?: string | null;
                            } | null;
                            is_default: boolean;
                            expired: boolean;
                            created_at: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/portal/{slug}/api/pay-links/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A pay link's invoice and how it can be paid (no sign-in) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            organization: {
                                name: string;
                                slug: string;
                            };
                            contact: {
                                first_name: string;
                            };
                            document: {
                                id: string;
                                /** @enum {string} */
                                kind: "invoice" | "retainer_invoice";
                                number: string;
                                currency: string;
                                issue_date: string;
                                due_date: string | null;
                                total_minor: number;
                                balance_minor: number;
                                pending_minor: number;
                                payable_minor: number;
                                due_now_minor: number;
                                overdue: boolean;
                                schedule: {
                                    id: string;
                                    /** @enum {string} */
                                    kind: "deposit" | "instalment";
                                    position: number;
                                    amount_minor: number;
                                    due_date: string;
                                    paid_minor: number;
                                    remaining_minor: number;
                                    /** @enum {string} */
                                    status: "paid" | "overdue" | "due" | "upcoming";
                                }[] | null;
                            };
                            options: {
                                currency: string;
                                /** @enum {string} */
                                gateway: "test" | "stripe";
                                test_mode: boolean;
                                publishable_key: string | null;
                                methods: ("card" | "bank_account")[];
                                allow_partial_payments: boolean;
                                partial_payment_minimum_minor: number;
                                allow_money_on_account: boolean;
                                blocked_by_pending_payment: boolean;
                            };
                            pdf_url: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/portal/{slug}/api/pay-links/{token}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The pay link's invoice as a PDF */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/portal/{slug}/api/pay-links/{token}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pay the pay link's invoice (Idempotency-Key required) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "idempotency-key"?: string;
                };
                path: {
                    slug: string;
                    token: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        amount_minor?: number;
                        currency: string;
                        payment_method: {
                            token: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            status: "succeeded" | "pending" | "requires_action" | "failed" | "processing" | "abandoned";
                            currency: string;
                            amount_minor: number;
                            allocations: {
                                document_id: string;
                                number: string;
                                amount_minor: number;
                            }[];
                            credits_applied: {
                                credit_note_id: string;
                                number: string;
                                document_id: string;
                                amount_minor: number;
                            }[];
                            on_account_minor: number;
                            method: {
                                /** @enum {string} */
                                type: "card" | "bank_account";
                                brand: string;
                                last4: string;
                            } | null;
                            failure_code: string | null;
                            failure_message: string | null;
                            next_action: {
                                /** @enum {string} */
                                type: "redirect";
                                url: string;
                            } | null;
                            payment: {
                                id: string;
                                number: string;
                            } | null;
                            created_at: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/portal/{slug}/api/pay-links/{token}/attempts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A payment made from the pay link */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    token: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            status: "succeeded" | "pending" | "requires_action" | "failed" | "processing" | "abandoned";
                            currency: string;
                            amount_minor: number;
                            allocations: {
                                document_id: string;
                                number: string;
                                amount_minor: number;
                            }[];
                            credits_applied: {
                                credit_note_id: string;
                                number: string;
                                document_id: string;
                                amount_minor: number;
                            }[];
                            on_account_minor: number;
                            method: {
                                /** @enum {string} */
                                type: "card" | "bank_account";
                                brand: string;
                                last4: string;
                            } | null;
                            failure_code: string | null;
                            failure_message: string | null;
                            next_action: {
                                /** @enum {string} */
                                type: "redirect";
                                url: string;
                            } | null;
                            payment: {
                                id: string;
                                number: string;
                            } | null;
                            created_at: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/portal/{slug}/api/pay-links/{token}/attempts/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** After the authentication challenge: record the outcome */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    token: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            status: "succeeded" | "pending" | "requires_action" | "failed" | "processing" | "abandoned";
                            currency: string;
                            amount_minor: number;
                            allocations: {
                                document_id: string;
                                number: string;
                                amount_minor: number;
                            }[];
                            credits_applied: {
                                credit_note_id: string;
                                number: string;
                                document_id: string;
                                amount_minor: number;
                            }[];
                            on_account_minor: number;
                            method: {
                                /** @enum {string} */
                                type: "card" | "bank_account";
                                brand: string;
                                last4: string;
                            } | null;
                            failure_code: string | null;
                            failure_message: string | null;
                            next_action: {
                                /** @enum {string} */
                                type: "redirect";
                                url: string;
                            } | null;
                            payment: {
                                id: string;
                                number: string;
                            } | null;
                            created_at: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/portal/{slug}/api/pay-links/{token}/attempts/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give up a payment waiting for authentication */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    token: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            status: "succeeded" | "pending" | "requires_action" | "failed" | "processing" | "abandoned";
                            currency: string;
                            amount_minor: number;
                            allocations: {
                                document_id: string;
                                number: string;
                                amount_minor: number;
                            }[];
                            credits_applied: {
                                credit_note_id: string;
                                number: string;
                                document_id: string;
                                amount_minor: number;
                            }[];
                            on_account_minor: number;
                            method: {
                                /** @enum {string} */
                                type: "card" | "bank_account";
                                brand: string;
                                last4: string;
                            } | null;
                            failure_code: string | null;
                            failure_message: string | null;
                            next_action: {
                                /** @enum {string} */
                                type: "redirect";
                                url: string;
                            } | null;
                            payment: {
                                id: string;
                                number: string;
                            } | null;
                            created_at: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/portal/{slug}/api/invoices/{id}/payment-schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The payment schedule of one of the customer's invoices: instalments, what is paid, what is due now */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            document_id: string;
                            currency: string;
                            total_minor: number;
                            balance_minor: number;
                            instalments: {
                                id: string;
                                /** @enum {string} */
                                kind: "deposit" | "instalment";
                                position: number;
                                amount_minor: number;
                                due_date: string;
                                paid_minor: number;
                                remaining_minor: number;
                                /** @enum {string} */
                                status: "paid" | "overdue" | "due" | "upcoming";
                                percent_basis_points: number | null;
                            }[];
                            due_now_minor: number;
                            overdue: boolean;
                            matches_total: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/portal/{slug}/api/retainer-invoices/{id}/payment-schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The payment schedule of one of the customer's retainer invoices: instalments, what is paid, what is due now */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            document_id: string;
                            currency: string;
                            total_minor: number;
                            balance_minor: number;
                            instalments: {
                                id: string;
                                /** @enum {string} */
                                kind: "deposit" | "instalment";
                                position: number;
                                amount_minor: number;
                                due_date: string;
                                paid_minor: number;
                                remaining_minor: number;
                                /** @enum {string} */
                                status: "paid" | "overdue" | "due" | "upcoming";
                                percent_basis_points: number | null;
                            }[];
                            due_now_minor: number;
                            overdue: boolean;
                            matches_total: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/portal/{slug}/api/payment-schedules/overdue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Instalments past their due date and not yet paid, on the customer’s open documents */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                document_id: string;
                                /** @enum {string} */
                                kind: "invoice" | "retainer_invoice";
                                number: string;
                                due_date: string;
                                remaining_minor: number;
                                currency: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/portal/{slug}/api/catalog": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Items sold in the portal at this customer’s prices, with what is available: search, category, cursor paging */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    search?: string;
                    category?: string;
                };
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                name: string;
                                sku: string | null;
                                unit: string | null;
                                description: string | null;
                                category: string | null;
                                unit_price_minor: number | null;
                                currency: string | null;
                                price_source: ("base" | "price_list") | null;
                                breaks: {
                                    min_quantity: number;
                                    unit_price_minor: number;
                                }[];
                                track_stock: boolean;
                                allow_backorders: boolean;
                                available: number | null;
                                images: {
                                    id: string;
                                    url: string;
                                    alt_text: string | null;
                                }[];
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/portal/{slug}/api/catalog/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The catalogue’s categories with how many items each has */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                name: string;
                                item_count: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/portal/{slug}/api/catalog/items/{id}/images/{image_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An item’s image (its bytes) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    id: string;
                    image_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/portal/{slug}/api/catalog/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Server-Sent Events: `event: stock` with `{ items: [{ id, available }] }` whenever items’ stock changes; a comment line every 25 seconds */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/portal/{slug}/api/cart": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The contact’s cart at today’s prices and stock */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            lines: {
                                id: string;
                                item_id: string;
                                name: string;
                                sku: string | null;
                                unit: string | null;
                                quantity: number;
                                unit_price_minor: number | null;
                                amount_minor: number | null;
                                available: number | null;
                                allow_backorders: boolean;
                                issue: ("unavailable" | "short_stock") | null;
                            }[];
                            currency: string;
                            subtotal_minor: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Empty the cart */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            lines: {
                                id: string;
                                item_id: string;
                                name: string;
                                sku: string | null;
                                unit: string | null;
                                quantity: number;
                                unit_price_minor: number | null;
                                amount_minor: number | null;
                                available: number | null;
                                allow_backorders: boolean;
                                issue: ("unavailable" | "short_stock") | null;
                            }[];
                            currency: string;
                            subtotal_minor: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portal/{slug}/api/cart/lines/{item_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Put an item in the cart at this quantity (replacing its quantity there) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    item_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        quantity: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            lines: {
                                id: string;
                                item_id: string;
                                name: string;
                                sku: string | null;
                                unit: string | null;
                                quantity: number;
                                unit_price_minor: number | null;
                                amount_minor: number | null;
                                available: number | null;
                                allow_backorders: boolean;
                                issue: ("unavailable" | "short_stock") | null;
                            }[];
                            currency: string;
                            subtotal_minor: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        post?: never;
        /** Take an item out of the cart */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    item_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            lines: {
                                id: string;
                                item_id: string;
                                name: string;
                                sku: string | null;
                                unit: string | null;
                                quantity: number;
                                unit_price_minor: number | null;
                                amount_minor: number | null;
                                available: number | null;
                                allow_backorders: boolean;
                                issue: ("unavailable" | "short_stock") | null;
                            }[];
                            currency: string;
                            subtotal_minor: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portal/{slug}/api/sales-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The customer’s orders, newest first: filter, search by number or PO number, cursor paging */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    filter?: "all" | "open" | "shipped" | "delivered" | "cancelled";
                    search?: string;
                };
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                number: string;
                                status: string;
                                order_date: string;
                                expected_shipment_date: string | null;
                                po_number: string | null;
                                currency: string;
                                subtotal_minor: number;
                                tax_minor: number;
                                total_minor: number;
                                /** @enum {string} */
                                placed_via: "staff" | "portal" | "api";
                                created_at: string;
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        /** Place an order (Idempotency-Key required): priced again and stock held; 409 PRICES_CHANGED or INSUFFICIENT_STOCK create nothing */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "idempotency-key"?: string;
                };
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        lines: {
                            item_id: string;
                            quantity: number;
                            expected_unit_price_minor?: number;
                        }[];
                        notes?: string | null;
                        shipping_address_id?: string | null;
                        po_number?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            number: string;
                            status: string;
                            order_date: string;
                            expected_shipment_date: string | null;
                            po_number: string | null;
                            currency: string;
                            subtotal_minor: number;
                            tax_minor: number;
                            total_minor: number;
                            /** @enum {string} */
                            placed_via: "staff" | "portal" | "api";
                            created_at: string;
                            notes: string | null;
                            shipping_address: string | null;
                            cancel_reason: string | null;
                            lines: {
                                id: string;
                                item_id: string | null;
                                name: string;
                                description: string | null;
                                sku: string | null;
                                unit: string | null;
                                quantity: number;
                                unit_price_minor: number;
                                discount_minor: number;
                                tax_name: string | null;
                                tax_minor: number;
                                total_minor: number;
                                shipped_quantity: number;
                            }[];
                            events: {
                                status: string;
                                note: string | null;
                                actor_type: string;
                                actor_name: string | null;
                                created_at: string;
                            }[];
                            invoices: {
                                id: string;
                                number: string;
                                status: string;
                                issue_date: string;
                                total_minor: number;
                                balance_minor: number;
                            }[];
                            packages: {
                                id: string;
                                sales_order_id: string;
                                sales_order_number: string;
                                number: string;
                                /** @enum {string} */
                                status: "packed" | "shipped" | "delivered";
                                carrier: string | null;
                                carrier_name: string | null;
                                tracking_number: string | null;
                                tracking_url: string | null;
                                shipped_on: string | null;
                                delivered_at: string | null;
                                lines: {
                                    sales_order_line_id: string;
                                    item_id: string | null;
                                    name: string;
                                    sku: string | null;
                                    unit: string | null;
                                    quantity: number;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/portal/{slug}/api/sales-orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An order with its lines, status history, invoices and packages (with tracking links) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            number: string;
                            status: string;
                            order_date: string;
                            expected_shipment_date: string | null;
                            po_number: string | null;
                            currency: string;
                            subtotal_minor: number;
                            tax_minor: number;
                            total_minor: number;
                            /** @enum {string} */
                            placed_via: "staff" | "portal" | "api";
                            created_at: string;
                            notes: string | null;
                            shipping_address: string | null;
                            cancel_reason: string | null;
                            lines: {
                                id: string;
                                item_id: string | null;
                                name: string;
                                description: string | null;
                                sku: string | null;
                                unit: string | null;
                                quantity: number;
                                unit_price_minor: number;
                                discount_minor: number;
                                tax_name: string | null;
                                tax_minor: number;
                                total_minor: number;
                                shipped_quantity: number;
                            }[];
                            events: {
                                status: string;
                                note: string | null;
                                actor_type: string;
                                actor_name: string | null;
                                created_at: string;
                            }[];
                            invoices: {
                                id: string;
                                number: string;
                                status: string;
                                issue_date: string;
                                total_minor: number;
                                balance_minor: number;
                            }[];
                            packages: {
                                id: string;
                                sales_order_id: string;
                                sales_order_number: string;
                                number: string;
                                /** @enum {string} */
                                status: "packed" | "shipped" | "delivered";
                                carrier: string | null;
                                carrier_name: string | null;
                                tracking_number: string | null;
                                tracking_url: string | null;
                                shipped_on: string | null;
                                delivered_at: string | null;
                                lines: {
                                    sales_order_line_id: string;
                                    item_id: string | null;
                                    name: string;
                                    sku: string | null;
                                    unit: string | null;
                                    quantity: number;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/portal/{slug}/api/sales-orders/{id}/reorder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Fill the cart with an earlier order’s items at today’s prices and stock; lists what differs */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            added: {
                                item_id: string;
                                name: string;
                                quantity: number;
                                unit_price_minor: number;
                            }[];
                            differences: {
                                item_id: string;
                                name: string;
                                /** @enum {string} */
                                kind: "unavailable" | "price_changed" | "short_stock";
                                old_unit_price_minor?: number;
                                unit_price_minor?: number;
                                available?: number;
                            }[];
                            cart: {
                                lines: {
                                    id: string;
                                    item_id: string;
                                    name: string;
                                    sku: string | null;
                                    unit: string | null;
                                    quantity: number;
                                    unit_price_minor: number | null;
                                    amount_minor: number | null;
                                    available: number | null;
                                    allow_backorders: boolean;
                                    issue: ("unavailable" | "short_stock") | null;
                                }[];
                                currency: string;
                                subtotal_minor: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/portal/{slug}/api/sales-orders/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The order’s thread: staff’s entries shown in the portal and the contacts’ comments, oldest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                /** @enum {string} */
                                author_type: "staff" | "contact" | "system";
                                author_name: string;
                                /** @enum {string} */
                                kind: "comment" | "changes_requested" | "dispute" | "dispute_resolved" | "accepted" | "declined";
                                body: string;
                                message_code: string | null;
                                message_params: {
                                    [key: string]: unknown;
                                } | null;
                                display_in_portal: boolean;
                                created_at: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        /** Comment on the order; staff are notified */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            author_type: "staff" | "contact" | "system";
                            author_name: string;
                            /** @enum {string} */
                            kind: "comment" | "changes_requested" | "dispute" | "dispute_resolved" | "accepted" | "declined";
                            body: string;
                            message_code: string | null;
                            message_params: {
                                [key: string]: unknown;
                            } | null;
                            display_in_portal: boolean;
                            created_at: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/portal/{slug}/api/sales-orders/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The order as PDF */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/portal/{slug}/api/shipments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The customer’s packages that have left, most recently shipped first, with tracking links */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                sales_order_id: string;
                                sales_order_number: string;
                                number: string;
                                /** @enum {string} */
                                status: "packed" | "shipped" | "delivered";
                                carrier: string | null;
                                carrier_name: string | null;
                                tracking_number: string | null;
                                tracking_url: string | null;
                                shipped_on: string | null;
                                delivered_at: string | null;
                                lines: {
                                    sales_order_line_id: string;
                                    item_id: string | null;
                                    name: string;
                                    sku: string | null;
                                    unit: string | null;
                                    quantity: number;
                                }[];
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/portal/{slug}/api/shipping-addresses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The customer’s shipping addresses, the default first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                label: string | null;
                                address: string;
                                address_lines: string[];
                                is_default: boolean;
                                stored: boolean;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/portal/{slug}/api/hosted-pages/{plan_code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A plan's hosted payment page: branding, price, trial and how to pay (no sign-in) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    plan_code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            organization: {
                                name: string;
                                slug: string;
                                logo_url: string | null;
                                brand_color: string | null;
                            };
                            plan: {
                                code: string;
                                name: string;
                                description: string | null;
                                currency: string;
                                price_minor: number;
                                /** @enum {string} */
                                interval: "day" | "week" | "month" | "year";
                                interval_count: number;
                                billing_cycles: number | null;
                                trial_days: number;
                                setup_fee_minor: number;
                                tax: {
                                    name: string;
                                    rate_percent: number;
                                } | null;
                            };
                            payment: {
                                /** @enum {string} */
                                gateway: "test" | "stripe";
                                test_mode: boolean;
                                publishable_key: string | null;
                                methods: "card"[];
                            };
                            portal_invitation: boolean;
                            form_token: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/portal/{slug}/api/hosted-pages/{plan_code}/signups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign up and pay the first invoice (Idempotency-Key and X-Form-Token required) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "idempotency-key"?: string;
                    "x-form-token"?: string;
                };
                path: {
                    slug: string;
                    plan_code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        company_name: string;
                        first_name: string;
                        last_name: string;
                        email: string;
                        phone?: string | null;
                        billing_address: {
                            street: string;
                            city: string;
                            state?: string | null;
                            postal_code?: string | null;
                            country: string;
                        };
                        /** @default 1 */
                        quantity?: number;
                        coupon_code?: string | null;
                        /** @enum {string} */
                        language: "en" | "de" | "fr" | "es" | "ja";
                        payment_method: {
                            token: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            subscription: {
                                number: string;
                                status: string;
                                plan_name: string;
                                currency: string;
                                trial_end: string | null;
                                next_billing_date: string | null;
                            };
                            invoice: {
                                number: string;
                                total_minor: number;
                                status: string;
                            } | null;
                            payment_method: {
                                brand: string;
                                last4: string;
                            } | null;
                            email: string;
                            portal_invitation: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/webhooks/test-gateway": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The test gateway's signed events (Test-Gateway-Signature: t=…,v1=…) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            received: true;
                            duplicate: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
    "/webhooks/stripe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stripe's signed events (Stripe-Signature), verified with the organization's signing secret */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            received: true;
                            duplicate: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
        ErrorResponse: {
            error: {
                /** @enum {string} */
                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "TWO_FACTOR_REQUIRED" | "TWO_FACTOR_SETUP_REQUIRED" | "INVALID_TWO_FACTOR_CODE" | "CSRF_TOKEN_MISSING" | "CROSS_SITE_REQUEST" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "STALE_VERSION" | "STATE_CONFLICT" | "EMAIL_TAKEN" | "TOKEN_INVALID" | "TOKEN_EXPIRED" | "TOKEN_USED" | "WEAK_PASSWORD" | "CONTACT_HAS_NO_EMAIL" | "CURRENCY_MISMATCH" | "PORTAL_DISABLED" | "SIGNUP_NOT_ALLOWED" | "RATE_LIMITED" | "IDEMPOTENCY_KEY_REQUIRED" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_KEY_IN_USE" | "PAYMENT_IN_PROGRESS" | "NOTHING_TO_PAY" | "AMOUNT_EXCEEDS_BALANCE" | "PARTIAL_PAYMENT_NOT_ALLOWED" | "AMOUNT_BELOW_MINIMUM" | "PAYMENT_METHOD_UNAVAILABLE" | "REFUND_EXCEEDS_PAYMENT" | "WEBHOOK_REJECTED" | "GATEWAY_UNAVAILABLE" | "INSUFFICIENT_STOCK" | "PRICES_CHANGED" | "ITEM_UNAVAILABLE" | "ACTION_NOT_ALLOWED" | "INTERNAL";
                message: string;
                details?: unknown;
            };
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
