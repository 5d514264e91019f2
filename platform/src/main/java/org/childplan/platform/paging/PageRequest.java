package org.childplan.platform.paging;

/** Which page of a list to return; the REST layer has already checked the bounds. */
public record PageRequest(int page, int size) {

    public int offset() {
        return page * size;
    }
}
