/** The GraphQL API of the same origin: one POST per question, errors as Vietnamese messages. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

const CODE_VI: Record<string, string> = {
  DATABASE_UNAVAILABLE: 'Cơ sở dữ liệu tạm thời không truy cập được; vui lòng thử lại sau ít phút.',
  QUERY_TIMEOUT: 'Truy vấn chạy quá lâu và đã bị dừng; hãy thu hẹp phạm vi.',
  QUERY_TOO_COMPLEX: 'Truy vấn quá phức tạp.',
  NOT_FOUND: 'Không tìm thấy.',
  UNAUTHENTICATED: 'Cần đăng nhập (mã thông báo hợp lệ).',
  FORBIDDEN: 'Không có quyền.',
};

export async function gql<T>(query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<T> {
  let res: Response;
  try {
    res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError('Không kết nối được máy chủ.');
  }
  let body: { data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> };
  try {
    body = await res.json();
  } catch {
    throw new ApiError(`Máy chủ trả lời không hợp lệ (HTTP ${res.status}).`);
  }
  if (body.errors?.length) {
    const e = body.errors[0]!;
    const code = e.extensions?.code;
    throw new ApiError((code && CODE_VI[code]) ?? e.message, code);
  }
  return body.data as T;
}

/** GraphiQL (served offline at /graphql) opened on a prepared query. */
export function graphiqlLink(query: string, variables?: Record<string, unknown>): string {
  const p = new URLSearchParams({ query });
  if (variables) p.set('variables', JSON.stringify(variables, null, 2));
  return `/graphql?${p.toString()}`;
}
