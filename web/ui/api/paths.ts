/**
 * The two APIs of the generated schema, each as its client sees it: the staff API without its
 * `/api/v1` prefix and the portal API without `/portal/{slug}/api` (the portal client fills the slug).
 * Types of bodies, answers and queries are read from here, never written by hand.
 */
import type { components, paths } from './schema.d.ts';

export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'patch';

type PathsUnder<Prefix extends string> = {
  [Path in keyof paths as Path extends `${Prefix}${infer Rest}` ? Rest : never]: paths[Path];
};

type WithoutSlug<Operation> = Operation extends { parameters: { path: infer PathParams } }
  ? Omit<Operation, 'parameters'> & {
      parameters: Omit<Operation['parameters'], 'path'> & (keyof Omit<PathParams, 'slug'> extends never ? { path?: never } : { path: Omit<PathParams, 'slug'> });
    }
  : Operation;

type PortalPathItem<Item> = { [Method in keyof Item]: Method extends HttpMethod ? WithoutSlug<Item[Method]> : Item[Method] };

/** `/customers`, `/invoices/{id}`… of the staff and integration API (`/api/v1`). */
export type AdminPaths = PathsUnder<'/api/v1'>;

/** `/invoices`, `/me`… of one organization's portal API (`/portal/{slug}/api`), without the slug. */
export type PortalPaths = { [Path in keyof PathsUnder<'/portal/{slug}/api'>]: PortalPathItem<PathsUnder<'/portal/{slug}/api'>[Path]> };

/** The body of every error answer. */
export type ErrorBody = components['schemas']['ErrorResponse'];

/** Paths of `Paths` that answer `Method`. */
export type PathsWith<Paths, Method extends HttpMethod> = {
  [Path in keyof Paths]: Paths[Path] extends { [M in Method]: unknown } ? Path : never;
}[keyof Paths];

export type OperationOf<Paths, Path extends keyof Paths, Method extends HttpMethod> = Method extends keyof Paths[Path] ? NonNullable<Paths[Path][Method]> : never;

/** A response's JSON; undefined for one without a body (a route that declares none answers 204). */
type JsonContent<Response> = Response extends { content: { 'application/json': infer Body } } ? Body : undefined;
type SuccessStatus = 200 | 201 | 202 | 203 | 204 | 206;

/** The JSON of an operation's successful answers (undefined without a body, never for a binary download). */
export type SuccessBody<Operation> = Operation extends { responses: infer Responses }
  ? { [Status in keyof Responses]: Status extends SuccessStatus ? JsonContent<Responses[Status]> : never }[keyof Responses]
  : never;

/** The JSON body an operation takes. */
export type RequestBody<Operation> = Operation extends { requestBody?: { content: { 'application/json': infer Body } } } ? Body : never;

/** The query parameters an operation takes. */
export type QueryParams<Operation> = Operation extends { parameters: { query?: infer Query } } ? NonNullable<Query> : never;

/** `AdminResponse<'/customers', 'get'>`: what GET /api/v1/customers answers. */
export type AdminResponse<Path extends keyof AdminPaths, Method extends HttpMethod> = SuccessBody<OperationOf<AdminPaths, Path, Method>>;
export type AdminBody<Path extends keyof AdminPaths, Method extends HttpMethod> = RequestBody<OperationOf<AdminPaths, Path, Method>>;
export type AdminQuery<Path extends keyof AdminPaths, Method extends HttpMethod = 'get'> = QueryParams<OperationOf<AdminPaths, Path, Method>>;

/** `PortalResponse<'/invoices/{id}', 'get'>`: what GET /portal/{slug}/api/invoices/{id} answers. */
export type PortalResponse<Path extends keyof PortalPaths, Method extends HttpMethod> = SuccessBody<OperationOf<PortalPaths, Path, Method>>;
export type PortalBody<Path extends keyof PortalPaths, Method extends HttpMethod> = RequestBody<OperationOf<PortalPaths, Path, Method>>;
export type PortalQuery<Path extends keyof PortalPaths, Method extends HttpMethod = 'get'> = QueryParams<OperationOf<PortalPaths, Path, Method>>;

/** One row of a paged list answer (`{ data: Row[], next_cursor }`). */
export type RowOf<List> = List extends { data: (infer Row)[] } ? Row : never;
