package org.childplan.evaluation.service;

import jakarta.enterprise.context.RequestScoped;

/** Who is making the current request, recorded on every workflow step. */
@RequestScoped
public class CurrentActor {

    public String name() {
        return "anonymous";
    }
}
