package io.kiosque.token;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.kiosque.author.AuthorRepository;
import io.kiosque.http.ProblemError;
import io.kiosque.http.ProblemException;
import io.kiosque.security.Role;
import io.kiosque.security.Secrets;
import io.quarkus.runtime.StartupEvent;

/** Creates, lists and revokes tokens, and installs the bootstrap admin token from configuration. */
@ApplicationScoped
@Transactional
public class TokenService {

    /** Every API token starts with it, so that a leaked one says what it is. */
    static final String PREFIX = "kq_";
    static final int MIN_BOOTSTRAP_LENGTH = 32;
    private static final Logger LOG = Logger.getLogger(TokenService.class);

    private final ApiTokenRepository tokens;
    private final AuthorRepository authors;
    private final Optional<String> bootstrapToken;

    TokenService(ApiTokenRepository tokens, AuthorRepository authors, AuthConfig config) {
        this.tokens = tokens;
        this.authors = authors;
        this.bootstrapToken = config.bootstrapToken();
    }

    void onStart(@Observes StartupEvent event) {
        bootstrapToken.filter(secret -> !secret.isBlank()).ifPresent(this::installBootstrapToken);
    }

    void installBootstrapToken(String secret) {
        if (secret.length() < MIN_BOOTSTRAP_LENGTH) {
            throw new IllegalStateException("kiosque.auth.bootstrap-token must be at least " + MIN_BOOTSTRAP_LENGTH
                    + " characters long (use a random secret, e.g. `openssl rand -base64 32`)");
        }
        Optional<ApiToken> existing = tokens.find("secretHash", Secrets.hash(secret)).firstResultOptional();
        if (existing.isPresent()) {
            if (existing.get().revokedAt != null) {
                LOG.warn("The configured bootstrap token was revoked; it stays revoked. Configure a new one.");
            }
            return;
        }
        ApiToken token = newToken("bootstrap", Role.ADMIN, null, secret);
        tokens.persist(token);
        LOG.info("Bootstrap admin token installed from kiosque.auth.bootstrap-token.");
    }

    public TokenView create(TokenRequest request) {
        UUID authorId = null;
        if (request.author() != null) {
            authorId = authors.findByIdOrSlug(request.author()).map(author -> author.id)
                    .orElseThrow(() -> ProblemException.badRequest("Unknown author '" + request.author() + "'.",
                            List.of(ProblemError.atPointer("/author", "no author has this slug or id"))));
        }
        String secret = Secrets.newSecret(PREFIX);
        ApiToken token = newToken(request.name().strip(), request.role(), authorId, secret);
        tokens.persist(token);
        return TokenView.of(token, secret);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TokenView> list() {
        return tokens.find("order by createdAt, id").list().stream().map(token -> TokenView.of(token, null)).toList();
    }

    public void revoke(UUID id) {
        ApiToken token = tokens.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("No token has the id '" + id + "'."));
        if (token.revokedAt == null) {
            token.revokedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        }
    }

    private static ApiToken newToken(String name, Role role, UUID authorId, String secret) {
        ApiToken token = new ApiToken();
        token.id = UUID.randomUUID();
        token.name = name;
        token.role = role;
        token.authorId = authorId;
        token.secretHash = Secrets.hash(secret);
        token.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return token;
    }
}
