package io.kiosque.webhook;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.callbacks.Callback;
import org.eclipse.microprofile.openapi.annotations.callbacks.CallbackOperation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.kiosque.http.ApiResponses;
import io.kiosque.http.Page;
import io.kiosque.http.Pages;
import io.kiosque.http.PathIds;
import io.kiosque.http.Problem;
import io.kiosque.http.ProblemException;
import io.kiosque.http.QueryParameters;
import io.kiosque.http.openapi.OpenApiConventions;
import io.kiosque.security.Role;

@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks", description = "Signed HTTP callbacks on every change (admins only).")
@SecurityRequirement(name = "bearer")
public class WebhookResource {

    static final String PATH = "/api/v1/webhooks";

    private static final String DELIVERY_FORMAT = """
            Each event is a JSON `POST` to the URL: `{"id", "event", "occurredAt", "data"}`, where `data` is the \
            resource after the change as the API shows it to editors, or `{"id", "type", "slug"}` for a deletion. \
            Headers: `X-Kiosque-Event` (the event), `X-Kiosque-Delivery` (unique per delivery, the same on every \
            retry: de-duplicate on it) and `X-Kiosque-Signature: sha256=<hex>`, the HMAC-SHA256 of the raw body keyed \
            with the secret (compare it in constant time before parsing the body).

            Deliveries are written in the transaction of the change (an outbox), so none is lost if Kiosque stops, \
            and delivered at least once: a 2xx answer within 10 s counts; anything else (redirects are not followed) \
            is retried, by default after 2 s, 4 s, 8 s... then every 10 min, until 20 attempts or 24 h, after which \
            the delivery is marked failed (see listWebhookDeliveries). Order between deliveries is not guaranteed: use \
            `occurredAt`, or the article's `version`. Every change is sent, drafts included: use the change feed for \
            anonymous data.""";

    private final WebhookService service;

    WebhookResource(WebhookService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(operationId = "createWebhook", summary = "Register a webhook",
            description = "Admins only. The URL must be http or https; private, loopback and link-local targets are "
                    + "refused unless the server allows them. The secret is never returned.\n\n"
                    + DELIVERY_FORMAT)
    @RequestBody(required = true,
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WebhookRequest.class),
                    examples = @ExampleObject(name = "seed", value = WebhookExamples.REGISTER_REQUEST)))
    @Callback(name = "delivery", callbackUrlExpression = "{$request.body#/url}", operations = @CallbackOperation(
            method = "post",
            extensions = @Extension(name = OpenApiConventions.OPERATION_ID, value = "receiveWebhookEvent"),
            summary = "Receive an event", description = "What Kiosque sends to the webhook's URL.", parameters = {
                    @Parameter(name = WebhookSender.EVENT_HEADER, in = ParameterIn.HEADER, required = true,
                            description = "The event.", schema = @Schema(type = SchemaType.STRING),
                            example = "article.published"),
                    @Parameter(name = WebhookSender.DELIVERY_HEADER, in = ParameterIn.HEADER, required = true,
                            description = "Unique per delivery, the same on every retry.",
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"),
                            example = "c2f1e0d9-8b7a-4c6d-9e5f-0a1b2c3d4e5f"),
                    @Parameter(name = WebhookSignature.HEADER, in = ParameterIn.HEADER, required = true,
                            description = "`sha256=` and the hex HMAC-SHA256 of the raw body, keyed with the webhook's "
                                    + "secret.",
                            schema = @Schema(type = SchemaType.STRING, pattern = "^sha256=[0-9a-f]{64}$"),
                            example = "sha256=5d1c0b8e9f7a6d4c3b2a1908f7e6d5c4b3a29180f7e6d5c4b3a2918070605040")},
            requestBody = @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WebhookOutbox.Payload.class), examples = {
                            @ExampleObject(name = "published", summary = "article.published",
                                    value = WebhookExamples.PAYLOAD),
                            @ExampleObject(name = "deleted", summary = "article.deleted: a tombstone",
                                    value = WebhookExamples.TOMBSTONE_PAYLOAD)})),
            responses = {
                    @APIResponse(responseCode = "204", description = "Received; any 2xx will do."),
                    @APIResponse(responseCode = "401",
                            description = "The receiver refused the signature; like any answer but a 2xx, the delivery "
                                    + "is retried later."),
                    @APIResponse(responseCode = "503", description = "Anything but a 2xx is retried later.")},
            securitySets = @SecurityRequirementsSet))
    @APIResponse(responseCode = "201", description = "Registered; `Location` names it.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WebhookView.class),
                    examples = @ExampleObject(name = "seed", value = WebhookExamples.WEBHOOK)))
    public RestResponse<WebhookView> create(@Valid @NotNull WebhookRequest request) {
        WebhookView created = service.register(request);
        return RestResponse.ResponseBuilder.<WebhookView>created(URI.create(PATH + "/" + created.id()))
                .entity(created).build();
    }

    @GET
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(operationId = "listWebhooks", summary = "List webhooks",
            description = "All webhooks, oldest first, without their secrets.")
    @APIResponse(responseCode = "200", description = "The webhooks.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WebhookPage.class),
                    examples = @ExampleObject(name = "seed", value = WebhookExamples.WEBHOOK_PAGE)))
    public Page<WebhookView> list() {
        return new Page<>(service.list(), null);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(operationId = "getWebhook", summary = "Read a webhook", description = "Without its secret.")
    @APIResponse(responseCode = "200", description = "The webhook.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WebhookView.class),
                    examples = @ExampleObject(name = "seed", value = WebhookExamples.WEBHOOK)))
    public WebhookView get(
            @Parameter(description = "Webhook id.", example = WebhookExamples.WEBHOOK_ID) @PathParam("id") String id) {
        return service.find(PathIds.uuid(id, "webhook"));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(operationId = "deleteWebhook", summary = "Delete a webhook",
            description = "Stops its deliveries: pending ones are dropped, with the deliveries log.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void delete(
            @Parameter(description = "Webhook id.", example = WebhookExamples.WEBHOOK_ID) @PathParam("id") String id) {
        service.delete(PathIds.uuid(id, "webhook"));
    }

    @GET
    @Path("/{id}/deliveries")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(operationId = "listWebhookDeliveries", summary = "List a webhook's deliveries",
            description = "Newest first, each with every attempt: when, how long, the HTTP status or the error, and "
                    + "when the next attempt is due.")
    @APIResponse(responseCode = "200", description = "One page of deliveries.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DeliveryPage.class),
                    examples = @ExampleObject(name = "seed", value = WebhookExamples.DELIVERY_PAGE)))
    @APIResponse(responseCode = "400", description = "A parameter is unknown or malformed.",
            content = @Content(mediaType = ApiResponses.PROBLEM, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "limit", value = ApiResponses.BAD_REQUEST_EXAMPLE)))
    public RestResponse<Page<DeliveryView>> deliveries(
            @Parameter(description = "Webhook id.", example = WebhookExamples.WEBHOOK_ID) @PathParam("id") String id,
            @Parameter(description = "Only deliveries in this state.", schema = @Schema(enumeration = {"pending",
                    "delivered", "failed"}))
            @QueryParam("status") String status,
            @Parameter(description = "Page size, 1 to 100.",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
            @QueryParam("limit") String limit,
            @Parameter(description = "Opaque cursor from a previous page's `nextCursor`.")
            @QueryParam("cursor") String cursor,
            UriInfo uriInfo) {
        if (status != null && !status.equals(WebhookDelivery.PENDING) && !status.equals(WebhookDelivery.DELIVERED)
                && !status.equals(WebhookDelivery.FAILED)) {
            throw ProblemException.invalidParameter("status", "must be one of pending, delivered, failed");
        }
        return Pages.response(
                service.deliveries(PathIds.uuid(id, "webhook"), status, QueryParameters.limit(limit), cursor),
                uriInfo);
    }
}
