import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;

/**
 * Checks generated word counts against the application's own rule (io.kiosque.article.ArticleText.countWords, loaded
 * from the packaged application). Reads lines "id TAB word_count TAB headline TAB standfirst TAB block texts joined by
 * LF-escaped separators" from standard input; exits 1 on the first mismatch.
 */
public class CheckWordCounts {
    public static void main(String[] args) throws Exception {
        Method countWords = Class.forName("io.kiosque.article.ArticleText").getDeclaredMethod("countWords",
                String.class);
        countWords.setAccessible(true);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        int checked = 0;
        for (String line; (line = in.readLine()) != null;) {
            String[] fields = line.split("\t", -1);
            int stored = Integer.parseInt(fields[1]);
            int counted = 0;
            for (int i = 2; i < fields.length; i++) {
                counted += (int) countWords.invoke(null, fields[i]);
            }
            if (counted != stored) {
                System.out.println("article " + fields[0] + ": stored word_count " + stored + ", ArticleText counts "
                        + counted);
                System.exit(1);
            }
            checked++;
        }
        System.out.println(checked + " articles: word counts match ArticleText");
    }
}
