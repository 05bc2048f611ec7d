package io.kiosque.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.kiosque.http.Representations;

/** Builds the collaborators of {@link SluggedResourceService} once. */
@ApplicationScoped
public class SluggedResourceSupport {

    @Produces
    @Singleton
    SluggedResourceService.Support support(EntityManager em, SlugHistory slugs, Representations representations,
            Event<ContentChanged> changes, Validator validator, ObjectMapper mapper) {
        return new SluggedResourceService.Support(em, slugs, representations, changes, validator, mapper);
    }
}
