package dev.taskclients.runtime.internal;

import dev.taskclients.runtime.exception.ApiException;
import dev.taskclients.runtime.exception.BadRequestException;
import dev.taskclients.runtime.exception.ConflictException;
import dev.taskclients.runtime.exception.ForbiddenException;
import dev.taskclients.runtime.exception.NotFoundException;
import dev.taskclients.runtime.exception.RateLimitException;
import dev.taskclients.runtime.exception.ServerException;
import dev.taskclients.runtime.exception.UnauthorizedException;
import dev.taskclients.runtime.exception.UnexpectedStatusException;
import dev.taskclients.runtime.exception.UnprocessableEntityException;
import java.util.List;
import java.util.Map;

/** Picks the {@link ApiException} subclass for a status. */
public final class ApiExceptions {
  private ApiExceptions() {}

  /** {@return the exception for an error status (not 2xx), of the subclass for that status} */
  public static ApiException forStatus(
      int status,
      Map<String, List<String>> headers,
      String rawBody,
      Object errorBody,
      String requestId) {
    return switch (status) {
      case 400 -> new BadRequestException(status, headers, rawBody, errorBody, requestId);
      case 401 -> new UnauthorizedException(status, headers, rawBody, errorBody, requestId);
      case 403 -> new ForbiddenException(status, headers, rawBody, errorBody, requestId);
      case 404 -> new NotFoundException(status, headers, rawBody, errorBody, requestId);
      case 409 -> new ConflictException(status, headers, rawBody, errorBody, requestId);
      case 422 -> new UnprocessableEntityException(status, headers, rawBody, errorBody, requestId);
      case 429 -> new RateLimitException(status, headers, rawBody, errorBody, requestId);
      default ->
          status >= 500 && status <= 599
              ? new ServerException(status, headers, rawBody, errorBody, requestId)
              : new UnexpectedStatusException(status, headers, rawBody, errorBody, requestId);
    };
  }
}
