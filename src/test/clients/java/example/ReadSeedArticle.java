package example;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.openapitools.client.ApiClient;
import org.openapitools.client.api.ArticlesApi;
import org.openapitools.client.api.ArticlesApi.APIGetArticleRequest;
import org.openapitools.client.api.ArticlesApi.APIListArticlesRequest;
import org.openapitools.client.model.Article;
import org.openapitools.client.model.ArticlePage;
import org.openapitools.client.model.ArticleSummary;
import org.openapitools.client.model.AuthorRef;
import org.openapitools.client.model.TagRef;

/**
 * Reads Kiosque with the Java client that OpenAPI Generator makes from its served document (generator java, library
 * native), written the way a newcomer writes it. JavaClientTest generates the client, compiles this program with it,
 * runs it against the test server and checks what it prints:
 * {@code java example.ReadSeedArticle <base URL> <seed slug>}
 */
public class ReadSeedArticle {

    public static void main(String[] args) throws Exception {
        ApiClient client = new ApiClient();
        client.updateBaseUri(args[0]);
        // The JDK's HttpClient asks for HTTP/2 by default: note which version each answer really came in.
        List<HttpClient.Version> versions = new ArrayList<>();
        client.setResponseInterceptor(response -> versions.add(response.version()));
        ArticlesApi articles = new ArticlesApi(client);

        Article article = articles.getArticle(APIGetArticleRequest.newBuilder().idOrSlug(args[1]).build());
        System.out.println("headline: " + article.getHeadline());
        System.out.println("section: " + article.getSection().getName());
        System.out.println("tags: " + article.getTags().stream().map(TagRef::getName)
                .collect(Collectors.joining(", ")));
        AuthorRef author = article.getAuthors().get(0);
        System.out.println("author: " + author.getName() + ", " + author.getBio());

        ArticlePage latest = articles.listArticles(APIListArticlesRequest.newBuilder().limit(5).build());
        System.out.println("latest: " + latest.getItems().stream().map(ArticleSummary::getHeadline)
                .collect(Collectors.joining(" | ")));

        System.out.println("versions: " + versions);
    }
}
