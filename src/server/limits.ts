/**
 * Query limits, checked before any Cypher runs:
 * - graphql-armor: selection depth, aliases, directives, tokens (field suggestions configurable);
 * - input bounds: nesting depth and size of every argument literal and of the variables, walked
 *   iteratively (a `where` nested 1,000 levels must not overflow the stack of graphql's coercion or
 *   of the library's translation);
 * - argument sanity: `limit`/`offset`/`first` must not be negative (the library would pass them to
 *   Cypher and leak its error);
 * - one cost model (below) for every operation, introspection included, whatever its name.
 *
 * The cost model counts what the server will really produce: every field value is 1; a list of a
 * graph type (@node with @limit) multiplies its child cost by the page the library will really fetch
 * — `limit`/`first` when given, else the type's @limit default (50), capped at its @limit max (200)
 * — so a relationship field without `limit` costs a full default page, not one row as the
 * library's own estimator assumes. Filters count: each input value of a `where` is 1, and each
 * relationship quantifier (some/all/none/single) is a sub-query over a default page. A custom
 * question (schema/queries.graphql) runs one bounded Cypher query: base cost 10 plus `first` × the
 * cost of one selected item (1 when it has no `first`); its nested lists are produced by that one
 * query within the resolver's own caps, so they count once. Introspection lists count the schema's
 * real sizes (types, fields per type, …).
 */
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import {
  getIntrospectionQuery,
  Kind,
  parse,
  type DocumentNode,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type ValueNode,
} from 'graphql';
import { apiError, ErrorCode } from './errors.js';
import { MAX_NOTE } from '../graph/fulfilment.js';
import { MAX_PAGE_SIZE } from '../graph/pagination.js';

export interface LimitSettings {
  maxDepth: number;
  maxCost: number;
  maxInputDepth: number;
  maxInputSize: number;
  fieldSuggestions: boolean;
}

export function armor(settings: Pick<LimitSettings, 'maxDepth' | 'fieldSuggestions'>) {
  return new ApolloArmor({
    maxDepth: { n: settings.maxDepth, ignoreIntrospection: true, flattenFragments: true, exposeLimits: true },
    maxAliases: { n: 15, exposeLimits: true },
    maxDirectives: { n: 30, exposeLimits: true },
    maxTokens: { n: 4000, exposeLimits: true },
    costLimit: { enabled: false }, // cost is computed below
    blockFieldSuggestion: { enabled: !settings.fieldSuggestions },
  }).protect();
}

/** Page sizes of the graph types: @limit(default, max) read from the SDL. */
export function pageLimits(typeDefs: string[]): Map<string, { def: number; max: number }> {
  const out = new Map<string, { def: number; max: number }>();
  for (const sdl of typeDefs) {
    for (const def of parse(sdl).definitions) {
      if (def.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
      const limit = def.directives?.find((d) => d.name.value === 'limit');
      if (!limit) continue;
      const arg = (n: string) => {
        const v = limit.arguments?.find((a) => a.name.value === n)?.value;
        return v?.kind === Kind.INT ? Number(v.value) : undefined;
      };
      const max = arg('max') ?? 200;
      out.set(def.name.value, { def: arg('default') ?? max, max });
    }
  }
  return out;
}

/** Names of the Query/Mutation fields written by hand (schema/queries.graphql), not generated. */
export function customRootFields(typeDefs: string[]): Set<string> {
  const out = new Set<string>();
  for (const sdl of typeDefs) {
    for (const def of parse(sdl).definitions) {
      if ((def.kind === Kind.OBJECT_TYPE_DEFINITION || def.kind === Kind.OBJECT_TYPE_EXTENSION) && (def.name.value === 'Query' || def.name.value === 'Mutation')) {
        for (const f of def.fields ?? []) {
          // `@cypher` root fields return graph types: the generated model costs them.
          if (!f.directives?.some((d) => d.name.value === 'cypher')) out.add(f.name.value);
        }
      }
    }
  }
  return out;
}

// Structural checks, not graphql's instanceof helpers: under vitest the library's schema comes from
// graphql's CommonJS build and this module from its ESM build (two realms of the same version).
type AnyType = { ofType?: AnyType; name?: string; getFields?: () => Record<string, { type: AnyType; args?: readonly unknown[] }>; getValues?: () => readonly unknown[] };
const typeKind = (t: unknown) => Object.prototype.toString.call(t).slice(8, -1); // e.g. 'GraphQLObjectType'
function getNamedType(t: GraphQLOutputType | AnyType): GraphQLNamedType {
  let x = t as AnyType;
  while (x.ofType) x = x.ofType;
  return x as unknown as GraphQLNamedType;
}
function isList(t: GraphQLOutputType | AnyType): boolean {
  let x = t as AnyType;
  if (typeKind(x) === 'GraphQLNonNull') x = x.ofType!;
  return typeKind(x) === 'GraphQLList';
}
const isObjectType = (t: unknown): t is { name: string; getFields(): Record<string, { type: AnyType; args: readonly unknown[] }> } => typeKind(t) === 'GraphQLObjectType';
const isInterfaceType = (t: unknown) => typeKind(t) === 'GraphQLInterfaceType';
const isInputObjectType = (t: unknown) => typeKind(t) === 'GraphQLInputObjectType';
const isEnumType = (t: unknown) => typeKind(t) === 'GraphQLEnumType';

/** A root mutation field of the operation with its coerced arguments (for the audit trail). */
export interface RootCall {
  field: string;
  args: Record<string, unknown>;
}

/** Bounds the generated mutations cannot express: the same as recordFulfilment's. */
function checkMutationInput(field: string, args: Record<string, unknown>): void {
  if (field !== 'createFulfilments') return;
  const input = Array.isArray(args.input) ? (args.input as Array<{ note?: unknown }>) : [];
  if (input.length > MAX_FULFILMENTS_PER_REQUEST) {
    throw apiError(ErrorCode.BAD_USER_INPUT, `createFulfilments takes at most ${MAX_FULFILMENTS_PER_REQUEST} fulfilments per request.`, { http: { status: 400 } });
  }
  for (const f of input) {
    if (typeof f.note === 'string' && f.note.length > MAX_NOTE) {
      throw apiError(ErrorCode.BAD_USER_INPUT, `"note" is limited to ${MAX_NOTE} characters.`, { http: { status: 400 } });
    }
  }
}
const MAX_FULFILMENTS_PER_REQUEST = 50;

const QUANTIFIERS = new Set(['some', 'all', 'none', 'single']);
const CUSTOM_BASE = 10;

export class CostModel {
  readonly introspectionLimit: number;
  private readonly intro: Record<string, number>;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly pages: Map<string, { def: number; max: number }>,
    private readonly custom: Set<string>,
    readonly maxCost: number,
  ) {
    const types = Object.values(schema.getTypeMap());
    const avg = (xs: number[]) => Math.max(1, Math.ceil(xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length)));
    const withFields = types.filter((t) => isObjectType(t) || isInterfaceType(t)) as Array<{ getFields(): Record<string, { args: readonly unknown[] }> }>;
    const fields = withFields.flatMap((t) => Object.values(t.getFields()));
    this.intro = {
      '__Schema.types': types.length,
      '__Schema.directives': schema.getDirectives().length,
      '__Type.fields': avg(withFields.map((t) => Object.keys(t.getFields()).length)),
      '__Type.inputFields': avg(types.filter(isInputObjectType).map((t) => Object.keys((t as AnyType).getFields!()).length)),
      '__Type.enumValues': avg(types.filter(isEnumType).map((t) => (t as AnyType).getValues!().length)),
      '__Field.args': avg(fields.map((f) => f.args.length)),
      '__Directive.args': avg(schema.getDirectives().map((d) => d.args.length)),
    };
    // What GraphiQL's standard introspection costs, with room for tools that ask a little more.
    this.introspectionLimit = Math.max(maxCost, 2 * this.cost(parse(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true })), {}));
  }

  /** Cost of one operation (throws BAD_USER_INPUT for a negative limit/offset/first). */
  cost(document: DocumentNode, variables: Record<string, unknown>, operationName?: string, mutations?: RootCall[]): number {
    return getComplexity({ schema: this.schema, query: document, variables, operationName, estimators: [this.estimator], context: { mutations } });
  }

  private readonly estimator: ComplexityEstimator = ({ type, field, args, childComplexity, context }) => {
    if (type === this.schema.getMutationType()) {
      (context as { mutations?: RootCall[] } | undefined)?.mutations?.push({ field: field.name, args });
      checkMutationInput(field.name, args);
    }
    for (const a of ['limit', 'offset', 'first'] as const) {
      const v = args[a];
      if (typeof v === 'number' && v < 0) {
        throw apiError(ErrorCode.BAD_USER_INPUT, `"${a}" of ${type.name}.${field.name} must not be negative (got ${v}).`, { argument: a, value: v, http: { status: 400 } });
      }
    }
    const named = getNamedType(field.type);
    const list = isList(field.type);
    const filter = filterCost(args.where, this.defaultPage);
    const child = Math.max(childComplexity, 0);

    const key = `${type.name}.${field.name}`;
    if (type.name.startsWith('__') && this.intro[key]) return 1 + this.intro[key]! * child;

    const root = type === this.schema.getQueryType() || type === this.schema.getMutationType();
    if (root && this.custom.has(field.name)) {
      // A `first` over the resolver's maximum is refused by the resolver itself (BAD_USER_INPUT).
      const first = typeof args.first === 'number' && args.first > 0 ? Math.min(args.first, MAX_PAGE_SIZE) : 1;
      return CUSTOM_BASE + first * Math.max(child, 1);
    }
    if (list && this.pages.has(named.name)) {
      const p = this.pages.get(named.name)!;
      return this.page(args.limit, p) * Math.max(child, 1) + filter;
    }
    if (isObjectType(named) && named.name.endsWith('Connection') && 'edges' in named.getFields()) {
      const edge = getNamedType(named.getFields().edges!.type);
      const node = isObjectType(edge) ? edge.getFields().node : undefined;
      const p = (node && this.pages.get(getNamedType(node.type).name)) || { def: this.defaultPage, max: this.defaultPage * 4 };
      return 1 + this.page(args.first, p) * child + filter;
    }
    // A connection's aggregate counts every match, whatever the page.
    if (field.name === 'aggregate') return this.defaultPage + child;
    return 1 + child + filter;
  };

  private get defaultPage(): number {
    return this.pages.values().next().value?.def ?? 50;
  }

  private page(asked: unknown, p: { def: number; max: number }): number {
    const n = typeof asked === 'number' && asked >= 0 ? asked : p.def;
    return Math.min(n, p.max);
  }
}

/** Input values of a `where`: 1 each, plus a default page for each relationship quantifier. */
function filterCost(where: unknown, page: number): number {
  if (where == null || typeof where !== 'object') return 0;
  let cost = 0;
  const stack: unknown[] = [where];
  while (stack.length) {
    const v = stack.pop();
    if (Array.isArray(v)) stack.push(...v);
    else if (v && typeof v === 'object' && !isTemporal(v)) {
      for (const [k, x] of Object.entries(v)) {
        cost += QUANTIFIERS.has(k) ? page : 1;
        stack.push(x);
      }
    }
  }
  return cost;
}

function isTemporal(v: object): boolean {
  return 'year' in v && 'month' in v && 'day' in v;
}

/**
 * Nesting depth and number of values of the variables and of every argument literal, walked without
 * recursion. Throws QUERY_TOO_COMPLEX past the limits.
 */
export function checkInputBounds(document: DocumentNode, variables: Record<string, unknown> | undefined, maxDepth: number, maxSize: number): void {
  let size = 0;
  let depth = 0;
  const fail = (what: 'depth' | 'size') =>
    apiError(
      ErrorCode.QUERY_TOO_COMPLEX,
      what === 'depth'
        ? `Input nested deeper than ${maxDepth} levels (filters, variables): flatten the filter.`
        : `Input has more than ${maxSize} values (filters, variables): split the request.`,
      what === 'depth' ? { inputDepth: depth, maxInputDepth: maxDepth, http: { status: 400 } } : { inputSize: size, maxInputSize: maxSize, http: { status: 400 } },
    );
  // JSON variables
  const stack: Array<[unknown, number]> = [[variables ?? {}, 0]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (++size > maxSize) throw fail('size');
    if (d > depth) depth = d;
    if (depth > maxDepth) throw fail('depth');
    if (Array.isArray(v)) for (const x of v) stack.push([x, d + 1]);
    else if (v && typeof v === 'object') for (const x of Object.values(v)) stack.push([x, d + 1]);
  }
  // literals in the query text
  const nodes: Array<[ValueNode, number]> = [];
  const visit = (n: { kind: string }): void => {
    const todo: unknown[] = [n];
    while (todo.length) {
      const x = todo.pop() as Record<string, unknown> | undefined;
      if (!x || typeof x !== 'object') continue;
      if (x.kind === Kind.ARGUMENT) {
        nodes.push([x.value as ValueNode, 1]);
        continue;
      }
      for (const [k, c] of Object.entries(x)) {
        if (k === 'loc') continue;
        if (Array.isArray(c)) todo.push(...c);
        else if (c && typeof c === 'object') todo.push(c);
      }
    }
  };
  visit(document);
  while (nodes.length) {
    const [v, d] = nodes.pop()!;
    if (++size > maxSize) throw fail('size');
    if (d > depth) depth = d;
    if (depth > maxDepth) throw fail('depth');
    if (v.kind === Kind.LIST) for (const x of v.values) nodes.push([x, d + 1]);
    else if (v.kind === Kind.OBJECT) for (const f of v.fields) nodes.push([f.value, d + 1]);
  }
}

export function limitsPlugin(model: CostModel, settings: LimitSettings): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation, contextValue }) {
          checkInputBounds(document, request.variables as Record<string, unknown> | undefined, settings.maxInputDepth, settings.maxInputSize);
          let cost: number;
          try {
            const calls: RootCall[] = [];
            cost = model.cost(document, request.variables ?? {}, request.operationName ?? undefined, calls);
            if (operation?.operation === 'mutation') (contextValue as { mutations?: RootCall[] }).mutations = calls;
          } catch (e) {
            // Variables that do not coerce (a bad Date, a wrong type) are the caller's error.
            if ((e as { extensions?: { code?: string } }).extensions?.code) throw e;
            throw apiError(ErrorCode.BAD_USER_INPUT, (e as Error).message, { http: { status: 400 } });
          }
          // Decided by what is selected, never by the operation's name.
          const introspectionOnly = !!operation && operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && s.name.value.startsWith('__'));
          const max = introspectionOnly ? model.introspectionLimit : settings.maxCost;
          if (cost > max) {
            throw apiError(
              ErrorCode.QUERY_TOO_COMPLEX,
              `Query cost ${cost} exceeds the limit of ${max}: ask for fewer fields, smaller pages (limit/first) or fewer nested lists (a relationship field without limit fetches its default page).`,
              { cost, maxCost: max, http: { status: 400 } },
            );
          }
        },
      };
    },
  };
}
