package com.clinicnetwork.web.admin;

import com.clinicnetwork.web.gateway.ApiProblemException;
import com.clinicnetwork.web.staff.ApiFieldErrors;
import com.clinicnetwork.web.staff.DirectoryLocation;
import com.clinicnetwork.web.staff.DirectoryRoom;
import com.clinicnetwork.web.staff.Etags;
import com.clinicnetwork.web.staff.StaffDirectoryApi;
import com.clinicnetwork.web.staff.StaffProblems;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A location's rooms (treatment tables, gym areas), which sessions are booked into besides a therapist: the list with
 * a form to add one, one room's page to rename it, change its kind or take it out of booking, and taking a room out of
 * booking (or back) straight from the list. Rooms are never deleted: sessions booked into one keep it.
 */
@Controller
class RoomAdminController {

    private final StaffDirectoryApi directory;
    private final AdminDirectoryApi admin;
    private final StaffProblems problems;

    RoomAdminController(StaffDirectoryApi directory, AdminDirectoryApi admin, StaffProblems problems) {
        this.directory = directory;
        this.admin = admin;
        this.problems = problems;
    }

    @GetMapping("/admin/locations/{locationId}/rooms")
    String list(@PathVariable UUID locationId, Model model) {
        model.addAttribute("form", RoomForm.blank());
        return listPage(locationId, model);
    }

    @PostMapping("/admin/locations/{locationId}/rooms")
    String add(@PathVariable UUID locationId, @Valid @ModelAttribute("form") RoomForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors() || form.getIdempotencyKey() == null) {
            return listPage(locationId, model);
        }
        try {
            DirectoryRoom added = admin.addRoom(locationId, form.toBody(), form.getIdempotencyKey().toString());
            redirect.addFlashAttribute("added", added.name());
            return "redirect:/admin/locations/" + locationId + "/rooms";
        } catch (ApiProblemException e) {
            refused(e, errors, model);
            // The API answered, so nothing was added: the corrected form is a new request with a key of its own.
            form.setIdempotencyKey(UUID.randomUUID());
            return listPage(locationId, model);
        }
    }

    @GetMapping("/admin/locations/{locationId}/rooms/{roomId}")
    String edit(@PathVariable UUID locationId, @PathVariable UUID roomId, Model model) {
        DirectoryRoom room = directory.room(locationId, roomId);
        model.addAttribute("form", RoomForm.of(room));
        return editPage(locationId, room, model);
    }

    @PostMapping("/admin/locations/{locationId}/rooms/{roomId}")
    String update(@PathVariable UUID locationId, @PathVariable UUID roomId, @Valid @ModelAttribute("form") RoomForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                admin.replaceRoom(locationId, roomId, form.toBody(), Etags.of(form.getVersion()));
                redirect.addFlashAttribute("saved", "room");
                return "redirect:/admin/locations/" + locationId + "/rooms";
            } catch (ApiProblemException e) {
                if (e.status() == 412) {
                    redirect.addFlashAttribute("stale", "room");
                    return "redirect:/admin/locations/" + locationId + "/rooms/" + roomId;
                }
                refused(e, errors, model);
            }
        }
        return editPage(locationId, directory.room(locationId, roomId), model);
    }

    /**
     * Takes the room out of booking, or back, as it was listed: its name and kind as they are now, the version the list
     * showed as {@code If-Match}, so a room changed meanwhile is shown again rather than overwritten.
     */
    @PostMapping("/admin/locations/{locationId}/rooms/{roomId}/active")
    String setActive(@PathVariable UUID locationId, @PathVariable UUID roomId, @RequestParam long version,
            @RequestParam boolean active, RedirectAttributes redirect) {
        DirectoryRoom room = directory.room(locationId, roomId);
        try {
            admin.replaceRoom(locationId, roomId, new AdminDirectoryApi.RoomBody(room.name(), room.kind(), active),
                    Etags.of(version));
        } catch (ApiProblemException e) {
            if (e.status() != 412) {
                throw e;
            }
            redirect.addFlashAttribute("stale", "room");
            return "redirect:/admin/locations/" + locationId + "/rooms";
        }
        redirect.addFlashAttribute("saved", active ? "room-active" : "room-inactive");
        redirect.addFlashAttribute("roomName", room.name());
        return "redirect:/admin/locations/" + locationId + "/rooms";
    }

    /** A name the location already has is marked on the name field; other problems are told above the form. */
    private void refused(ApiProblemException e, BindingResult errors, Model model) {
        if (e.is("conflict")) {
            errors.rejectValue("name", "admin.room.name-taken");
            return;
        }
        model.addAttribute("problem", problems.describe(e));
        ApiFieldErrors.bind(e.problem(), errors, ApiFieldErrors::sameName);
    }

    private String listPage(UUID locationId, Model model) {
        model.addAttribute("location", directory.location(locationId));
        model.addAttribute("rooms", directory.rooms(locationId));
        model.addAttribute("roomKinds", RoomKind.values());
        return "admin/rooms";
    }

    private String editPage(UUID locationId, DirectoryRoom room, Model model) {
        DirectoryLocation location = directory.location(locationId);
        model.addAttribute("location", location);
        model.addAttribute("room", room);
        model.addAttribute("roomKinds", RoomKind.values());
        return "admin/room";
    }
}
