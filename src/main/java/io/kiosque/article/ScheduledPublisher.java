package io.kiosque.article;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Publishes scheduled articles when their time comes. The database is the source of truth: any number of instances may
 * run this, each article is claimed by exactly one of them.
 */
@ApplicationScoped
public class ScheduledPublisher {

    private static final Logger LOG = Logger.getLogger(ScheduledPublisher.class);
    static final int BATCH_SIZE = 50;

    private final ArticleWorkflow workflow;

    ScheduledPublisher(ArticleWorkflow workflow, SchedulerConfig config) {
        this.workflow = workflow;
        // Quarkus registers a mapping that is injected somewhere: this one holds the default of the expression below.
        LOG.debugf("Scheduled articles are checked every %s", config.interval());
    }

    @Scheduled(every = "${kiosque.scheduler.interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void publishDueArticles() {
        int published;
        do {
            published = workflow.publishDue(BATCH_SIZE);
            if (published > 0) {
                LOG.infof("Published %d scheduled article(s)", published);
            }
        } while (published == BATCH_SIZE);
    }
}
