package org.childplan.platform.representation;

import java.util.List;

/**
 * What a prepared representation answers: the resource (a name the service chooses, e.g. {@code "catalogue"}) and
 * every input of the answer that is not in the database, in order: path parameters, the resolved query (the date
 * "today" stood for, not the absent parameter), the media type when the resource has several.
 */
public record RepresentationKey(String resource, List<Object> parts) {

    public static RepresentationKey of(String resource, Object... parts) {
        return new RepresentationKey(resource, List.of(parts));
    }
}
