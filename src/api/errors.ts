// Expected API failures, each with a stable `extensions.code` and a hint.
import { GraphQLError } from 'graphql';

export type ApiErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'UNAUTHENTICATED' | 'SERVICE_UNAVAILABLE' | 'QUERY_TOO_DEEP' | 'QUERY_TOO_COSTLY';

export class ApiError extends GraphQLError {
  constructor(message: string, code: ApiErrorCode, hint?: string) {
    super(message, { extensions: hint ? { code, hint } : { code } });
    this.name = 'ApiError';
  }
}

export const badInput = (message: string, hint?: string) => new ApiError(message, 'BAD_USER_INPUT', hint);
export const notFound = (message: string, hint?: string) => new ApiError(message, 'NOT_FOUND', hint);
