package org.pactwatch.graph;

import io.swagger.v3.oas.annotations.media.Schema;

/** A company as the strategist views show it: id, canonical name and kind (BIG_TECH, AI_LAB, …). */
@Schema(name = "GraphCompanyRef")
public record CompanyRef(long id, String name, String kind) {}
