package org.vocbridge.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler method whose requests come many times a second (a survey's submissions): its
 * mapping is tried before the application's other handler methods are, which otherwise are each
 * tested against the request. Only for a mapping that is the one match of the requests it takes.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface FrequentRequests {}
