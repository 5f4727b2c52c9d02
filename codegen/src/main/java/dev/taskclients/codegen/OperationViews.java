package dev.taskclients.codegen;

import dev.taskclients.codegen.view.BodyView;
import dev.taskclients.codegen.view.ConstantQueryView;
import dev.taskclients.codegen.view.HttpMethod;
import dev.taskclients.codegen.view.OperationView;
import dev.taskclients.codegen.view.PagesView;
import dev.taskclients.codegen.view.ParameterLocation;
import dev.taskclients.codegen.view.ParameterStyle;
import dev.taskclients.codegen.view.ParameterView;
import dev.taskclients.codegen.view.RequestView;
import dev.taskclients.codegen.view.WaiterView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openapitools.codegen.CodegenOperation;
import org.openapitools.codegen.CodegenParameter;

/**
 * Turns one operation, as the generator read it and {@link OperationShape} described it, into the
 * {@link OperationView} its templates read, once the layout has named the classes that hold it.
 */
final class OperationViews {
  /**
   * Operation extension: the spec marks the operation safe to send again (a read, an idempotent
   * write).
   */
  static final String SAFE_TO_RETRY = "x-taskclients-safe-to-retry";

  private OperationViews() {}

  /**
   * The layout's names for one operation.
   *
   * @param ownerClass the class that holds it
   * @param groupAccessor the root client's accessor of its sub-client, or null
   * @param paramsClass its parameter class, or null
   */
  record Placement(String ownerClass, String groupAccessor, String paramsClass) {}

  /**
   * Describes an operation.
   *
   * @param op the generator's operation, fully processed
   * @param shape what {@link OperationShape} found
   * @param placement where the layout put it
   * @param errorModel the class of error bodies of undocumented statuses, or null
   * @param pages its paging, or null
   * @param waiter what a wait polls, or null
   * @return the view
   */
  static OperationView of(
      CodegenOperation op,
      OperationShape shape,
      Placement placement,
      String errorModel,
      PagesView pages,
      WaiterView waiter) {
    List<ParameterView> required = withoutRequestId(op.requiredParams);
    List<ParameterView> optional = withoutRequestId(op.optionalParams);
    ParameterView bodyParameter = op.bodyParam == null ? null : parameter(op.bodyParam);
    BodyView body =
        shape.bodyKind() == null
            ? null
            : new BodyView(shape.bodyKind(), shape.bodyContentType(), bodyParameter);
    RequestView request =
        new RequestView(
            HttpMethod.of(op.httpMethod),
            op.path,
            shape.specPath(),
            parameters(op.pathParams),
            parameters(op.queryParams),
            withoutRequestId(op.headerParams),
            parameters(op.cookieParams),
            parameters(op.formParams),
            constantQuery(op),
            body,
            shape.responses(),
            shape.accept(),
            shape.security(),
            shape.server(),
            truthy(op.vendorExtensions.get(SAFE_TO_RETRY)),
            errorModel);
    String operationId =
        op.operationIdOriginal == null || op.operationIdOriginal.isBlank()
            ? null
            : op.operationIdOriginal;
    return new OperationView(
        operationId,
        op.nickname,
        op.summary,
        op.unescapedNotes,
        op.isDeprecated,
        placement.ownerClass(),
        placement.groupAccessor(),
        required,
        optional.isEmpty() ? null : placement.paramsClass(),
        optional,
        request,
        shape.returnType(),
        shape.streamable(),
        shape.degradations(),
        pages,
        waiter);
  }

  /**
   * A parameter as the templates read it.
   *
   * @param param the generator's parameter
   * @return the view
   */
  static ParameterView parameter(CodegenParameter param) {
    ParameterLocation location =
        param.isBodyParam
            ? ParameterLocation.BODY
            : param.isFormParam
                ? ParameterLocation.FORM
                : param.isPathParam
                    ? ParameterLocation.PATH
                    : param.isQueryParam
                        ? ParameterLocation.QUERY
                        : param.isHeaderParam ? ParameterLocation.HEADER : ParameterLocation.COOKIE;
    return new ParameterView(
        param.paramName,
        param.baseName,
        param.dataType,
        location,
        ParameterStyle.of(param.style, location),
        param.isExplode,
        param.required,
        param.unescapedDescription);
  }

  /**
   * Whether a spec extension's value switches its feature on, as a template section would: present
   * and not {@code false}.
   *
   * @param value the extension's value, or null
   * @return whether it is on
   */
  static boolean truthy(Object value) {
    return value != null && !Boolean.FALSE.equals(value);
  }

  private static List<ParameterView> parameters(List<CodegenParameter> params) {
    return params.stream().map(OperationViews::parameter).toList();
  }

  /**
   * The parameters but the request-id header, which the runtime fills from {@code RequestOptions}.
   */
  private static List<ParameterView> withoutRequestId(List<CodegenParameter> params) {
    return params.stream()
        .filter(p -> !TaskclientsJavaCodegen.isRequestIdHeader(p))
        .map(OperationViews::parameter)
        .toList();
  }

  private static List<ConstantQueryView> constantQuery(CodegenOperation op) {
    List<ConstantQueryView> constants = new ArrayList<>();
    if (op.vendorExtensions.get(SpecRepairs.CONSTANT_QUERY) instanceof List<?> list) {
      for (Object entry : list) {
        if (entry instanceof Map<?, ?> map) {
          constants.add(
              new ConstantQueryView(
                  String.valueOf(map.get("name")), String.valueOf(map.get("value"))));
        }
      }
    }
    return constants;
  }
}
