package com.clinicnetwork.web.client.aftercare;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** "How does it feel, 0–10?" and an optional comment. */
public class CheckInForm {

    @NotNull
    @Min(0)
    @Max(10)
    private Integer score;

    @Size(max = 1000)
    private String comment;

    public Integer getScore() {
        return score;
    }

    public void setScore(Integer score) {
        this.score = score;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
